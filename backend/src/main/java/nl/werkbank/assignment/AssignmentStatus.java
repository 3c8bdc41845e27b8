package nl.werkbank.assignment;

/** the lifecycle; transitions are explicit endpoints in {@link AssignmentService}. */
public enum AssignmentStatus {
    DRAFT,
    PENDING_VERIFICATION,
    PENDING_REVIEW,
    PUBLISHED,
    CLOSED,
    ARCHIVED
}
