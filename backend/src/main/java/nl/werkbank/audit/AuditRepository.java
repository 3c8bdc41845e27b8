package nl.werkbank.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    public Optional<AuditEntry> head() {
        return find("ORDER BY seq DESC").firstResultOptional();
    }

    /** The chain from {@code afterSeq} on, in order, one bounded batch at a time. */
    public List<AuditEntry> chainAfter(long afterSeq, int batch) {
        return find("seq > ?1 ORDER BY seq", afterSeq).page(0, batch).list();
    }

    /** Newest first, continuing below {@code beforeSeq} when given; fetches one extra row. */
    public List<AuditEntry> search(AuditFilter filter, Optional<Long> beforeSeq, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.action().ifPresent(action -> {
            conditions.add("action = :action");
            parameters.and("action", action.name());
        });
        filter.actor().ifPresent(actor -> {
            conditions.add("actor = :actor");
            parameters.and("actor", actor.value());
        });
        filter.subjectRef().ifPresent(subject -> {
            conditions.add("subjectRef = :subject");
            parameters.and("subject", subject);
        });
        filter.from().ifPresent(from -> {
            conditions.add("occurredAt >= :from");
            parameters.and("from", from);
        });
        filter.to().ifPresent(to -> {
            conditions.add("occurredAt < :to");
            parameters.and("to", to);
        });
        beforeSeq.ifPresent(seq -> {
            conditions.add("seq < :before");
            parameters.and("before", seq);
        });
        String where = conditions.isEmpty() ? "" : String.join(" AND ", conditions) + " ";
        return find(where + "ORDER BY seq DESC", parameters).page(0, limit + 1).list();
    }

    /** Every entry about the subject or by them, oldest first (D-3: the export holds them). */
    public List<AuditEntry> aboutOrBy(UUID subjectId) {
        return list(
                "subjectRef = ?1 OR actor = ?2 ORDER BY seq",
                subjectId,
                AuditActor.subject(subjectId).value());
    }
}
