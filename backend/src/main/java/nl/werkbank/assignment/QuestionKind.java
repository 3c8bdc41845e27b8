package nl.werkbank.assignment;

/** the field type a requirement question becomes in the response form. */
public enum QuestionKind {
    TEXT,
    YES_NO,
    NUMBER,
    CHOICE
}
