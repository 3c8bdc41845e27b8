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
public class ContactRequestRepository implements PanacheRepositoryBase<ContactRequest, UUID> {

    /** Open, unexpired requests, oldest first, after the cursor; fetches one extra row. */
    public List<ContactRequest> open(Instant now, Optional<KeysetCursor> after, int limit) {
        Parameters params = Parameters.with("open", ContactRequest.Status.OPEN).and("now", now);
        String query = "status = :open AND expiresAt > :now AND restricted = false";
        if (after.isPresent()) {
            query += " AND (createdAt > :at OR (createdAt = :at AND id > :id))";
            params = params.and("at", after.get().instantKey())
                    .and("id", after.get().id());
        }
        return find(query + " ORDER BY createdAt, id", params)
                .page(0, limit + 1)
                .list();
    }

    /** A candidate's requests, newest first. */
    public List<ContactRequest> ofCandidate(UUID subjectId, Optional<KeysetCursor> before, int limit) {
        return newestFirst("subjectId", subjectId, "createdAt", before, limit);
    }

    /** The requests a coach accepted, newest first. */
    public List<ContactRequest> acceptedBy(UUID coachSubjectId, Optional<KeysetCursor> before, int limit) {
        return newestFirst("coachSubjectId", coachSubjectId, "acceptedAt", before, limit);
    }

    private List<ContactRequest> newestFirst(
            String field, UUID value, String time, Optional<KeysetCursor> before, int limit) {
        Parameters params = Parameters.with("value", value);
        String query = field + " = :value";
        if (before.isPresent()) {
            query += " AND (" + time + " < :at OR (" + time + " = :at AND id < :id))";
            params = params.and("at", before.get().instantKey())
                    .and("id", before.get().id());
        }
        return find(query + " ORDER BY " + time + " DESC, id DESC", params)
                .page(0, limit + 1)
                .list();
    }

    /**
     * K-2: the one statement that decides who gets the details. Row locking makes concurrent
     * accepts wait for each other; every one after the first finds the request no longer open.
     */
    public boolean acceptIfOpen(UUID id, UUID coachSubjectId, String coachName, Instant now) {
        return update(
                        "status = :accepted, coachSubjectId = :coach, coachName = :name, acceptedAt = :now"
                                + " WHERE id = :id AND status = :open AND expiresAt > :now AND restricted = false",
                        Parameters.with("accepted", ContactRequest.Status.ACCEPTED)
                                .and("coach", coachSubjectId)
                                .and("name", coachName)
                                .and("now", now)
                                .and("id", id)
                                .and("open", ContactRequest.Status.OPEN))
                == 1;
    }

    /** Open requests past their expiry and accepted ones kept long enough; returns how many went. */
    public long deleteExpired(Instant now, Instant acceptedBefore) {
        return delete(
                "(status = :open AND expiresAt <= :now) OR (status = :accepted AND acceptedAt <= :acceptedBefore)",
                Parameters.with("open", ContactRequest.Status.OPEN)
                        .and("now", now)
                        .and("accepted", ContactRequest.Status.ACCEPTED)
                        .and("acceptedBefore", acceptedBefore));
    }

    /** D-5: hides (or shows again) every request of the candidate from coaches. */
    public long restrictCandidate(UUID subjectId, boolean restricted) {
        return update("restricted = ?1 WHERE subjectId = ?2", restricted, subjectId);
    }

    public List<ContactRequest> allOfCandidate(UUID subjectId) {
        return list("subjectId = ?1 ORDER BY createdAt", subjectId);
    }

    public List<ContactRequest> allAcceptedBy(UUID coachSubjectId) {
        return list("coachSubjectId = ?1 ORDER BY acceptedAt", coachSubjectId);
    }

    /** A coach erased: the candidate keeps their request, without the coach's identity. */
    public void forgetCoach(UUID coachSubjectId) {
        update("coachSubjectId = null, coachName = null WHERE coachSubjectId = ?1", coachSubjectId);
    }
}
