package nl.werkbank.assignment;

import java.util.UUID;

/** Issue 14: the columns a list of responses needs of their assignments, read as a projection. */
public record AssignmentTitle(UUID id, String title, AssignmentStatus status) {}
