package nl.werkbank.consent;

/** C-2, C-5: what a person decided about a purpose; the newest decision is the current state. */
public enum ConsentDecision {
    GRANTED,
    WITHDRAWN,
    OBJECTED
}
