package nl.werkbank.response;

/** Where a response stands; the poster moves it, the respondent may withdraw it. */
public enum ResponseStatus {
    PENDING_VERIFICATION,
    RECEIVED,
    IN_REVIEW,
    SHORTLISTED,
    REJECTED,
    PLACED,
    WITHDRAWN
}
