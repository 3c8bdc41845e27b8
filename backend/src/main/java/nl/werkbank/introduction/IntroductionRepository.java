package nl.werkbank.introduction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.KeysetCursor;

@ApplicationScoped
public class IntroductionRepository implements PanacheRepositoryBase<Introduction, UUID> {

    public List<Introduction> toProfessional(UUID subjectId, Optional<KeysetCursor> before, int limit) {
        return newestFirst("subjectId", subjectId, before, limit);
    }

    public List<Introduction> ofOrganisation(UUID organisationId, Optional<KeysetCursor> before, int limit) {
        return newestFirst("organisationId", organisationId, before, limit);
    }

    private List<Introduction> newestFirst(String field, UUID value, Optional<KeysetCursor> before, int limit) {
        Parameters params = Parameters.with("value", value);
        String query = field + " = :value";
        if (before.isPresent()) {
            query += " AND (createdAt < :at OR (createdAt = :at AND id < :id))";
            params = params.and("at", before.get().instantKey())
                    .and("id", before.get().id());
        }
        return find(query + " ORDER BY createdAt DESC, id DESC", params)
                .page(0, limit + 1)
                .list();
    }

    public boolean openExists(UUID organisationId, UUID profileId) {
        return count(
                        "organisationId = ?1 AND profileId = ?2 AND status = ?3",
                        organisationId,
                        profileId,
                        Introduction.Status.OPEN)
                > 0;
    }

    /** The professional's decision, once: a second decision (or a concurrent one) finds it decided. */
    public boolean decideIfOpen(UUID id, Introduction.Status decision, Instant now) {
        return update(
                        "status = :decision, decidedAt = :now WHERE id = :id AND status = :open AND expiresAt > :now",
                        Parameters.with("decision", decision)
                                .and("now", now)
                                .and("id", id)
                                .and("open", Introduction.Status.OPEN))
                == 1;
    }

    /** Open requests past their expiry and decided ones kept long enough; returns how many went. */
    public long deleteExpired(Instant now, Instant decidedBefore) {
        return delete(
                "(status = :open AND expiresAt <= :now) OR (status <> :open AND decidedAt <= :decidedBefore)",
                Parameters.with("open", Introduction.Status.OPEN)
                        .and("now", now)
                        .and("decidedBefore", decidedBefore));
    }

    public List<Introduction> allConcerning(UUID subjectId) {
        return list("subjectId = ?1 OR requesterSubjectId = ?1 ORDER BY createdAt", subjectId);
    }

    public void deleteToProfessional(UUID subjectId) {
        delete("subjectId", subjectId);
    }

    /** The asking member erased: the organisation's request stays, without their identity. */
    public void forgetRequester(UUID subjectId) {
        update("requesterSubjectId = null, requesterName = null WHERE requesterSubjectId = ?1", subjectId);
    }
}
