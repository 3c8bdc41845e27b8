package nl.werkbank.privacy.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PrivacyExportRepository implements PanacheRepositoryBase<PrivacyExport, UUID> {

    /** When each request's archive expires, for those that still have one; the archives themselves stay unread. */
    public Map<UUID, Instant> expiryOf(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "SELECT e.requestId, e.expiresAt FROM PrivacyExport e WHERE e.requestId IN :ids",
                        Object[].class)
                .setParameter("ids", requestIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1]));
    }

    public Optional<PrivacyExport> unexpired(UUID requestId, Instant now) {
        return find("requestId = ?1 AND expiresAt > ?2", requestId, now).firstResultOptional();
    }

    /** Archives created before the cutoff, as request id and subject id, in request-id order after {@code after}. */
    public List<Map.Entry<UUID, UUID>> createdBefore(Instant cutoff, UUID after, int limit) {
        var query = getEntityManager()
                .createQuery(
                        "SELECT e.requestId, e.subjectId FROM PrivacyExport e WHERE e.createdAt <= :cutoff"
                                + (after == null ? "" : " AND e.requestId > :after")
                                + " ORDER BY e.requestId",
                        Object[].class)
                .setParameter("cutoff", cutoff);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> Map.entry((UUID) row[0], (UUID) row[1]))
                .toList();
    }

    /** The subject's archives without their content: an export names earlier archives, it does not nest them. */
    public List<ExportRecord> recordsOfSubject(UUID subjectId) {
        return getEntityManager()
                .createQuery(
                        "SELECT new nl.werkbank.privacy.request.PrivacyExportRepository$ExportRecord("
                                + "e.requestId, e.fileName, e.createdAt, e.expiresAt)"
                                + " FROM PrivacyExport e WHERE e.subjectId = :subject ORDER BY e.createdAt",
                        ExportRecord.class)
                .setParameter("subject", subjectId)
                .getResultList();
    }

    public record ExportRecord(UUID requestId, String fileName, Instant createdAt, Instant expiresAt) {}
}
