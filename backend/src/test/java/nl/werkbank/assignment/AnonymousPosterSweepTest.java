package nl.werkbank.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Retention;
import org.junit.jupiter.api.Test;

/** T-1: an anonymous poster's identity goes 2 years after the assignment closed; the assignment stays. */
@QuarkusTest
class AnonymousPosterSweepTest {

    private static final Period TWO_YEARS = Period.ofYears(2);

    @Test
    void thePosterJustInsideTheTwoYearsStaysAndOneJustOutsideIsErasedWithoutTheAssignment() {
        AssignmentFixtures.Anonymous closed = AssignmentFixtures.closedAnonymously();
        AssignmentFixtures.Anonymous open = AssignmentFixtures.publishedAnonymously();
        UUID assignment = UUID.fromString(closed.id());
        UUID poster = posterOf(assignment);
        UUID openPoster = posterOf(UUID.fromString(open.id()));
        Instant closedAt = (Instant) Retention.value("SELECT closed_at FROM assignment WHERE id = :id", assignment);
        Instant twoYears = closedAt.atZone(ZoneOffset.UTC).plus(TWO_YEARS).toInstant();
        AnonymousPosterSweep sweep = Retention.sweep(AnonymousPosterSweep.class);

        assertThat(Retention.dueKeys(sweep, TWO_YEARS, twoYears.minusSeconds(1)))
                .doesNotContain(poster.toString());
        assertThat(Retention.dueKeys(sweep, TWO_YEARS, twoYears))
                .contains(poster.toString())
                .as("a poster whose assignment is still open")
                .doesNotContain(openPoster.toString());

        assertThat(Retention.run(sweep, TWO_YEARS, twoYears, RetentionAction.DELETE, poster.toString()))
                .isEqualTo(1);
        assertThat(Retention.value("SELECT count(*) FROM assignment_poster WHERE assignment_id = :id", assignment))
                .isEqualTo(0L);
        assertThat(Retention.value("SELECT id FROM subject WHERE id = :id", poster))
                .isNull();
        assertThat(Retention.value("SELECT status FROM assignment WHERE id = :id", assignment))
                .isEqualTo("CLOSED");
    }

    private static UUID posterOf(UUID assignment) {
        return (UUID) Retention.value("SELECT subject_id FROM assignment_poster WHERE assignment_id = :id", assignment);
    }
}
