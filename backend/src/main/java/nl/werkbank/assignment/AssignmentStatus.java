package nl.werkbank.assignment;

import java.util.EnumSet;
import java.util.Set;
import nl.werkbank.common.problem.ProblemException;

/** the lifecycle. The status knows which transitions exist and refuses every other one. */
public enum AssignmentStatus {
    DRAFT,
    PENDING_VERIFICATION,
    PENDING_REVIEW,
    PUBLISHED,
    CLOSED,
    ARCHIVED;

    /** The statuses this one can become. */
    public Set<AssignmentStatus> next() {
        return switch (this) {
            case PENDING_VERIFICATION, DRAFT -> EnumSet.of(PENDING_REVIEW);
            case PENDING_REVIEW -> EnumSet.of(PUBLISHED, DRAFT);
            case PUBLISHED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(AssignmentStatus.class);
        };
    }

    public boolean canBecome(AssignmentStatus to) {
        return next().contains(to);
    }

    /**
     * 409 unless the assignment is in {@code from} and may move to {@code to}: an endpoint names
     * the one transition it makes, so PENDING_VERIFICATION cannot be "submitted" like a draft.
     */
    public void requireTransition(AssignmentStatus from, AssignmentStatus to) {
        if (this != from || !canBecome(to)) {
            throw ProblemException.conflict("This needs an assignment in status " + from + "; it is " + this + ".");
        }
    }

    /** Only a draft is edited; what has been reviewed or published changes through transitions. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** progress is reported while the procedure runs. */
    public boolean takesProgressReports() {
        return this == PUBLISHED || this == CLOSED;
    }

    /** Statuses the public may know an assignment in; the others are the poster's and staff's. */
    public boolean isPublicKnowledge() {
        return this == PUBLISHED || this == CLOSED || this == ARCHIVED;
    }
}
