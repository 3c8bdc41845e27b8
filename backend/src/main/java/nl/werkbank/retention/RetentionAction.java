package nl.werkbank.retention;

/** T-1: what a retention policy does to a record whose period has ended. */
public enum RetentionAction {
    DELETE,
    ANONYMISE
}
