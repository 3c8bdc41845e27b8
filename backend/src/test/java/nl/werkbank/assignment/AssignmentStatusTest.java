package nl.werkbank.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkbank.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** the status type knows the lifecycle's transitions and refuses every other one. */
class AssignmentStatusTest {

    @Test
    void onlyTheLifecyclesTransitionsExist() {
        assertThat(AssignmentStatus.DRAFT.next()).containsExactly(AssignmentStatus.PENDING_REVIEW);
        assertThat(AssignmentStatus.PENDING_VERIFICATION.next()).containsExactly(AssignmentStatus.PENDING_REVIEW);
        assertThat(AssignmentStatus.PENDING_REVIEW.next())
                .containsExactlyInAnyOrder(AssignmentStatus.PUBLISHED, AssignmentStatus.DRAFT);
        assertThat(AssignmentStatus.PUBLISHED.next()).containsExactly(AssignmentStatus.CLOSED);
        assertThat(AssignmentStatus.CLOSED.next()).containsExactly(AssignmentStatus.ARCHIVED);
        assertThat(AssignmentStatus.ARCHIVED.next()).isEmpty();
    }

    @Test
    void aTransitionFromTheWrongStatusIsAConflict() {
        AssignmentStatus.PUBLISHED.requireTransition(AssignmentStatus.PUBLISHED, AssignmentStatus.CLOSED);
        assertThatThrownBy(() ->
                        AssignmentStatus.DRAFT.requireTransition(AssignmentStatus.PUBLISHED, AssignmentStatus.CLOSED))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() ->
                        AssignmentStatus.CLOSED.requireTransition(AssignmentStatus.CLOSED, AssignmentStatus.PUBLISHED))
                .isInstanceOf(ProblemException.class);
    }
}
