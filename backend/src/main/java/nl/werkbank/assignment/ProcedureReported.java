package nl.werkbank.assignment;

import java.util.UUID;

/** fired in the transaction of a progress report, so the responses feature can tell every respondent. */
public record ProcedureReported(UUID assignmentId, String title, ProcedureStatus status, String message) {}
