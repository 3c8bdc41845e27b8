package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.KeysetCursor;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    /** An assignment's placements, oldest first, keyset on {@code (createdAt, id)}; one extra row. */
    public List<Placement> ofAssignment(UUID assignmentId, Optional<KeysetCursor> after, int limit) {
        Parameters parameters = Parameters.with("a", assignmentId);
        String page = "";
        if (after.isPresent()) {
            page = " AND (createdAt > :at OR (createdAt = :at AND id > :id))";
            parameters.and("at", after.get().instantKey()).and("id", after.get().id());
        }
        return find("assignmentId = :a" + page + " ORDER BY createdAt, id", parameters)
                .page(0, limit + 1)
                .list();
    }

    public boolean existsForResponse(UUID responseId) {
        return count("responseId", responseId) > 0;
    }

    public Optional<Placement> forResponse(UUID responseId) {
        return find("responseId", responseId).firstResultOptional();
    }

    /**
     * T-1 financial-record: id and respondent of placements not yet anonymised whose fiscal year
     * (the latest calendar year, in the Netherlands, of the placement's creation, its end date and
     * its last invoice) is before {@code year}, in id order.
     */
    public List<Object[]> financialRecordsOfYearsBefore(int year, String after, int limit) {
        var query = getEntityManager()
                .createNativeQuery(
                        """
                        SELECT p.id, r.respondent_subject_id FROM placement p JOIN response r ON r.id = p.response_id
                        WHERE p.anonymised_at IS NULL
                          AND GREATEST(EXTRACT(YEAR FROM p.created_at AT TIME ZONE 'Europe/Amsterdam'),
                                       EXTRACT(YEAR FROM p.end_date),
                                       COALESCE((SELECT EXTRACT(YEAR FROM max(i.issued_on)) FROM invoice i
                                                 WHERE i.placement_id = p.id), 0)) < :year
                        """ + (after == null ? "" : " AND p.id > CAST(:after AS uuid)") + " ORDER BY p.id LIMIT :limit")
                .setParameter("year", year)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /**
     * T-1 financial-record, ANONYMISE: the responses of these placements lose everything about the
     * respondent (as when the respondent is erased), then the placements are marked anonymised.
     * Placements anonymised before are left alone. Returns how many placements were anonymised.
     */
    public int anonymiseFinancialRecords(List<UUID> placementIds, Instant now) {
        if (placementIds.isEmpty()) {
            return 0;
        }
        var entityManager = getEntityManager();
        String ofThese = "SELECT response_id FROM placement WHERE id IN (:ids) AND anonymised_at IS NULL";
        entityManager
                .createNativeQuery("DELETE FROM response_cv WHERE response_id IN (" + ofThese + ")")
                .setParameter("ids", placementIds)
                .executeUpdate();
        entityManager
                .createNativeQuery("DELETE FROM response_token WHERE response_id IN (" + ofThese + ")")
                .setParameter("ids", placementIds)
                .executeUpdate();
        entityManager
                .createNativeQuery("""
                        UPDATE response SET respondent_subject_id = NULL, respondent_name = '-',
                            respondent_email = 'anonymised-' || id || '@invalid', respondent_phone = NULL,
                            motivation = '-', answers = '[]', cv_file_name = NULL, cv_content_type = NULL
                        WHERE id IN (""" + ofThese + ")")
                .setParameter("ids", placementIds)
                .executeUpdate();
        return entityManager
                .createNativeQuery(
                        "UPDATE placement SET anonymised_at = :now WHERE id IN (:ids) AND anonymised_at IS NULL")
                .setParameter("now", now)
                .setParameter("ids", placementIds)
                .executeUpdate();
    }

    /**
     * T-1 financial-record, DELETE: the invoices and the placements go, and with them the
     * responses that were kept, stripped, only for the record (their respondent was erased); a
     * response whose respondent is still there follows its own retention. Returns how many
     * placements were deleted.
     */
    public int deleteFinancialRecords(List<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return 0;
        }
        var entityManager = getEntityManager();
        @SuppressWarnings("unchecked")
        List<UUID> responseIds = entityManager
                .createNativeQuery("SELECT response_id FROM placement WHERE id IN (:ids)", UUID.class)
                .setParameter("ids", placementIds)
                .getResultList();
        entityManager
                .createNativeQuery("DELETE FROM invoice WHERE placement_id IN (:ids)")
                .setParameter("ids", placementIds)
                .executeUpdate();
        int deleted = entityManager
                .createNativeQuery("DELETE FROM placement WHERE id IN (:ids)")
                .setParameter("ids", placementIds)
                .executeUpdate();
        if (!responseIds.isEmpty()) {
            entityManager
                    .createNativeQuery("DELETE FROM response WHERE id IN (:ids) AND respondent_subject_id IS NULL")
                    .setParameter("ids", responseIds)
                    .executeUpdate();
        }
        return deleted;
    }
}
