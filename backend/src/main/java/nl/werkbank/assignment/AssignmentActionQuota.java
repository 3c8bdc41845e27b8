package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;

/**
 * S-4 (issue 15): what a poster sends to the respondents of one assignment is limited per
 * (Dutch) day: procedure updates carry the poster's own words to every respondent, status
 * changes mail one each. Counted in one upsert that returns the new count, so requests at once
 * cannot all slip under the limit, across instances; a refused request rolls its count back.
 */
@ApplicationScoped
class AssignmentActionQuota {

    enum Action {
        PROCEDURE_UPDATE,
        STATUS_CHANGE
    }

    private final EntityManager entityManager;
    private final WerkbankConfig config;
    private final Clock clock;

    AssignmentActionQuota(EntityManager entityManager, WerkbankConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** Counts one more of this action today, or refuses it with 429 beyond the day's limit. */
    @Transactional(Transactional.TxType.MANDATORY)
    void count(UUID assignmentId, Action action) {
        ZonedDateTime now = clock.instant().atZone(AssignmentService.NETHERLANDS);
        LocalDate today = now.toLocalDate();
        int counted = ((Number) entityManager
                        .createNativeQuery("INSERT INTO assignment_action_count (assignment_id, action, day, count)"
                                + " VALUES (:assignment, :action, :day, 1)"
                                + " ON CONFLICT (assignment_id, action, day)"
                                + " DO UPDATE SET count = assignment_action_count.count + 1"
                                + " RETURNING count")
                        .setParameter("assignment", assignmentId)
                        .setParameter("action", action.name())
                        .setParameter("day", today)
                        .getSingleResult())
                .intValue();
        if (counted > limitOf(action)) {
            long untilTomorrow = Duration.between(now, today.plusDays(1).atStartOfDay(AssignmentService.NETHERLANDS))
                    .toSeconds();
            throw ProblemException.tooManyRequests(
                    "This assignment reached today's limit for this; please try again tomorrow.", untilTomorrow);
        }
    }

    /** Counts of days before this one serve no limit any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    int forgetBefore(LocalDate day) {
        return entityManager
                .createNativeQuery("DELETE FROM assignment_action_count WHERE day < :day")
                .setParameter("day", day)
                .executeUpdate();
    }

    private int limitOf(Action action) {
        return switch (action) {
            case PROCEDURE_UPDATE -> config.submissions().procedureUpdatesPerDay();
            case STATUS_CHANGE -> config.submissions().statusChangesPerDay();
        };
    }
}
