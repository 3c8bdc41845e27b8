package nl.werkbank.privacy.request;

/** D-1: what a data subject asks for, by the article of the GDPR that gives the right. */
public enum RequestType {
    /** Art. 15: a copy of everything held, with the statement of purposes, recipients and periods. */
    ACCESS,
    /** Art. 20: the same archive, machine-readable, to take elsewhere. */
    PORTABILITY,
    /** Art. 17. */
    ERASURE,
    /** Art. 18. */
    RESTRICTION,
    /** Art. 18(3): the end of a restriction. */
    LIFT_RESTRICTION,
    /** Art. 21. */
    OBJECTION,
    /** Art. 16. */
    RECTIFICATION
}
