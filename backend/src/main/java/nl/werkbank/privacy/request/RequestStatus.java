package nl.werkbank.privacy.request;

/**
 * D-2: where a request stands. A request by e-mail is AWAITING_VERIFICATION until the person
 * confirms the address; until then it is no request to anyone (no deadline, not in the queue).
 */
public enum RequestStatus {
    AWAITING_VERIFICATION,
    RECEIVED,
    IN_PROGRESS,
    COMPLETED,
    REJECTED;

    boolean isOpen() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
