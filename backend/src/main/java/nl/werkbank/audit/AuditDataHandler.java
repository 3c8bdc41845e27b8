package nl.werkbank.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * D-3: the audit entries about a subject, and those of their own actions, belong in their
 * export, shaped by {@link AuditExportEntry} so that no one else's ids go with them. The log refers to people only by their random subject id and holds no personal data
 * in its details ({@link Audit}), so it has no {@code subject_id} table to claim and nothing to
 * erase: once the subject's rows are gone, nothing links the id to a person, and the chain
 * stays verifiable.
 */
@ApplicationScoped
public class AuditDataHandler implements PersonalDataHandler {

    private final AuditRepository entries;

    AuditDataHandler(AuditRepository entries) {
        this.entries = entries;
    }

    @Override
    public String category() {
        return "audit-log";
    }

    @Override
    public Set<String> tables() {
        return Set.of();
    }

    @Override
    public Object export(UUID subjectId) {
        return entries.aboutOrBy(subjectId).stream()
                .map(entry -> AuditExportEntry.of(entry, subjectId))
                .toList();
    }

    @Override
    public void erase(UUID subjectId) {
        // Nothing to remove: see the class comment; the entries outlive the person by design (S-6).
    }
}
