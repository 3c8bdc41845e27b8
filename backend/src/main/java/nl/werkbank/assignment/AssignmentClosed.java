package nl.werkbank.assignment;

import java.util.UUID;

/**
 * A-3, T-1: fired in the transaction that closes an assignment (by its poster, by staff, when its
 * publication window passed, or when its poster was erased): the procedure is closed, and the
 * responses' retention runs from here.
 */
public record AssignmentClosed(UUID assignmentId) {}
