package nl.werkbank.consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkbank.common.KeysetCursor;

@ApplicationScoped
public class ConsentEventRepository implements PanacheRepositoryBase<ConsentEvent, UUID> {

    /** The newest decision about the purpose: the current state (C-2). */
    public Optional<ConsentEvent> latest(UUID subjectId, String purpose) {
        return find("subjectId = ?1 AND purpose = ?2 ORDER BY recordedAt DESC, id DESC", subjectId, purpose)
                .firstResultOptional();
    }

    /** The newest decision per purpose the subject ever decided about. */
    public Map<String, ConsentEvent> latestPerPurpose(UUID subjectId) {
        List<ConsentEvent> events = getEntityManager()
                .createQuery("""
                        SELECT e FROM ConsentEvent e WHERE e.subjectId = :subject AND NOT EXISTS (
                            SELECT 1 FROM ConsentEvent n WHERE n.subjectId = e.subjectId AND n.purpose = e.purpose
                            AND (n.recordedAt > e.recordedAt OR (n.recordedAt = e.recordedAt AND n.id > e.id)))
                        """, ConsentEvent.class)
                .setParameter("subject", subjectId)
                .getResultList();
        return events.stream().collect(Collectors.toMap(e -> e.purpose, Function.identity()));
    }

    /** Newest first, continuing before the cursor when given; fetches one extra row. */
    public List<ConsentEvent> history(UUID subjectId, Optional<KeysetCursor> before, int limit) {
        StringBuilder query = new StringBuilder("subjectId = :subject");
        Parameters parameters = Parameters.with("subject", subjectId);
        before.ifPresent(cursor -> {
            query.append(" AND (recordedAt < :at OR (recordedAt = :at AND id < :id))");
            parameters.and("at", cursor.instantKey()).and("id", cursor.id());
        });
        query.append(" ORDER BY recordedAt DESC, id DESC");
        return find(query.toString(), parameters).page(0, limit + 1).list();
    }

    public List<ConsentEvent> forSubject(UUID subjectId) {
        return list("subjectId = ?1 ORDER BY recordedAt, id", subjectId);
    }

    public long deleteForSubject(UUID subjectId) {
        return delete("subjectId", subjectId);
    }
}
