package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** D-1: which subjects without an account a confirmed request by e-mail covers (table privacy_request_scope). */
@ApplicationScoped
public class PrivacyRequestScopes {

    private final EntityManager entityManager;

    PrivacyRequestScopes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void record(UUID requestId, Collection<UUID> subjectIds) {
        subjectIds.forEach(subjectId -> entityManager
                .createNativeQuery("INSERT INTO privacy_request_scope (request_id, subject_id) VALUES (:r, :s)")
                .setParameter("r", requestId)
                .setParameter("s", subjectId)
                .executeUpdate());
    }

    /** The covered subjects of each request, in one query for a whole page. */
    Map<UUID, List<UUID>> of(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT request_id, subject_id FROM privacy_request_scope WHERE request_id IN (:ids)"
                        + " ORDER BY subject_id")
                .setParameter("ids", requestIds)
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        row -> (UUID) row[0], Collectors.mapping(row -> (UUID) row[1], Collectors.toList())));
    }

    /** The subject is erased: the requests that covered them no longer say so. */
    void forget(UUID subjectId) {
        entityManager
                .createNativeQuery("DELETE FROM privacy_request_scope WHERE subject_id = :s")
                .setParameter("s", subjectId)
                .executeUpdate();
    }
}
