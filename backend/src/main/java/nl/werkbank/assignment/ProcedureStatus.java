package nl.werkbank.assignment;

/** how far the poster's selection procedure is. */
public enum ProcedureStatus {
    OPEN,
    SELECTING,
    FILLED,
    CANCELLED
}
