package nl.werkbank.privacy.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PrivacyRequestRepository implements PanacheRepositoryBase<PrivacyRequest, UUID> {

    /** The subject's requests, newest first, continuing before {@code (receivedAt, id)}; one extra row. */
    public List<PrivacyRequest> pageOfSubject(
            UUID subjectId, Optional<Instant> before, Optional<UUID> beforeId, int limit) {
        if (before.isEmpty()) {
            return find("subjectId = ?1 ORDER BY receivedAt DESC, id DESC", subjectId)
                    .page(0, limit + 1)
                    .list();
        }
        return find(
                        "subjectId = :subject AND (receivedAt < :at OR (receivedAt = :at AND id < :id))"
                                + " ORDER BY receivedAt DESC, id DESC",
                        Parameters.with("subject", subjectId)
                                .and("at", before.get())
                                .and("id", beforeId.orElseThrow()))
                .page(0, limit + 1)
                .list();
    }

    /** Open requests, the earliest deadline first, continuing after {@code (dueAt, id)}; one extra row. */
    public List<PrivacyRequest> openByDeadline(Optional<Instant> after, Optional<UUID> afterId, int limit) {
        if (after.isEmpty()) {
            return find("status IN ?1 ORDER BY dueAt, id", List.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS))
                    .page(0, limit + 1)
                    .list();
        }
        return find(
                        "status IN :open AND (dueAt > :at OR (dueAt = :at AND id > :id)) ORDER BY dueAt, id",
                        Parameters.with("open", List.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS))
                                .and("at", after.get())
                                .and("id", afterId.orElseThrow()))
                .page(0, limit + 1)
                .list();
    }

    public List<PrivacyRequest> allOfSubject(UUID subjectId) {
        return list("subjectId = ?1 ORDER BY receivedAt, id", subjectId);
    }

    /** Requests by e-mail never confirmed, received before the cutoff, in id order after {@code after}. */
    public List<PrivacyRequest> unconfirmedBefore(Instant cutoff, UUID after, int limit) {
        Parameters parameters =
                Parameters.with("s", RequestStatus.AWAITING_VERIFICATION).and("cutoff", cutoff);
        String afterClause = "";
        if (after != null) {
            afterClause = " AND id > :after";
            parameters.and("after", after);
        }
        return find("status = :s AND receivedAt <= :cutoff" + afterClause + " ORDER BY id", parameters)
                .page(0, limit)
                .list();
    }

    /** Id and subject of requests closed at or before the cutoff, in id order (T-1 privacy-request-audit). */
    public List<Object[]> closedBefore(Instant cutoff, String after, int limit) {
        var query = getEntityManager()
                .createNativeQuery("SELECT id, subject_id FROM privacy_request WHERE closed_at <= :cutoff"
                        + (after == null ? "" : " AND id > CAST(:after AS uuid)")
                        + " ORDER BY id LIMIT :limit")
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** Deletes closed requests; steps, scopes, tokens and exports go with them (ON DELETE CASCADE). */
    public int deleteClosed(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return getEntityManager()
                .createNativeQuery("DELETE FROM privacy_request WHERE id IN (:ids) AND closed_at IS NOT NULL")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
