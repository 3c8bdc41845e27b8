package nl.werkbank.privacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DisclosureRepository implements PanacheRepositoryBase<Disclosure, UUID> {

    /** Newest first, continuing before {@code (disclosedAt, id)} when given; fetches one extra row. */
    public List<Disclosure> pageForSubject(
            UUID subjectId, Optional<Instant> before, Optional<UUID> beforeId, int limit) {
        if (before.isEmpty()) {
            return find("subjectId = :s ORDER BY disclosedAt DESC, id DESC", Parameters.with("s", subjectId))
                    .page(0, limit + 1)
                    .list();
        }
        return find(
                        "subjectId = :s AND (disclosedAt < :at OR (disclosedAt = :at AND id < :id))"
                                + " ORDER BY disclosedAt DESC, id DESC",
                        Parameters.with("s", subjectId).and("at", before.get()).and("id", beforeId.orElseThrow()))
                .page(0, limit + 1)
                .list();
    }

    public List<Disclosure> allForSubject(UUID subjectId) {
        return list("subjectId = ?1 ORDER BY disclosedAt, id", subjectId);
    }

    /** D-4: the record of what went to whom stays; whose data it was does not. */
    public int forgetSubject(UUID subjectId, Instant erasedAt) {
        return update("subjectId = null, subjectErasedAt = ?2 WHERE subjectId = ?1", subjectId, erasedAt);
    }

    /** The recipient person is erased; the record of what the subject's data went to stays. */
    public int forgetRecipientPerson(UUID recipientSubjectId) {
        return update(
                "recipientSubjectId = null, recipientPerson = null WHERE recipientSubjectId = ?1", recipientSubjectId);
    }
}
