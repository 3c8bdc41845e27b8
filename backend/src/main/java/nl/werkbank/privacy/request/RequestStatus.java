package nl.werkbank.privacy.request;

/** D-2: where a request stands. Requests by e-mail verification will add AWAITING_VERIFICATION. */
public enum RequestStatus {
    RECEIVED,
    IN_PROGRESS,
    COMPLETED,
    REJECTED;

    boolean isOpen() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
