package nl.werkbank.privacy.request;

import nl.werkbank.audit.AuditAction;

/**
 * A step in a request's history, as a code: the SPA words it in the reader's language (issue 16),
 * so the API sends no sentences.
 */
public enum RequestEvent {
    AWAITING_CONFIRMATION(AuditAction.PRIVACY_REQUEST_AWAITING_VERIFICATION),
    RECEIVED(AuditAction.PRIVACY_REQUEST_RECEIVED),
    CONFIRMED(AuditAction.PRIVACY_REQUEST_VERIFIED),
    NOTHING_HELD(AuditAction.PRIVACY_REQUEST_NOTHING_HELD),
    RESTRICTED(AuditAction.SUBJECT_RESTRICTED),
    NOT_RESTRICTED(AuditAction.PRIVACY_REQUEST_NOTHING_HELD),
    RESTRICTION_LIFT_ANNOUNCED(AuditAction.SUBJECT_RESTRICTION_LIFT_ANNOUNCED),
    RESTRICTION_LIFTED(AuditAction.SUBJECT_RESTRICTION_LIFTED),
    ERASED(AuditAction.SUBJECT_ERASED),
    EXPORT_READY(AuditAction.PRIVACY_EXPORT_CREATED),
    COMPLETED_AUTOMATICALLY(AuditAction.PRIVACY_REQUEST_COMPLETED),
    HANDED_TO_PRIVACY_OFFICER(AuditAction.PRIVACY_REQUEST_IN_PROGRESS),
    ERASURE_HELD_FOR_LEGAL_CLAIM(AuditAction.ERASURE_SKIPPED_UNDER_HOLD),
    RECIPIENTS_TOLD_OF_CORRECTION(AuditAction.RECIPIENT_NOTIFIED),
    EXTENDED(AuditAction.PRIVACY_REQUEST_EXTENDED),
    COMPLETED(AuditAction.PRIVACY_REQUEST_COMPLETED),
    REJECTED(AuditAction.PRIVACY_REQUEST_REJECTED),
    EXPORT_EXPIRED(AuditAction.PRIVACY_EXPORT_EXPIRED);

    private final AuditAction audited;

    RequestEvent(AuditAction audited) {
        this.audited = audited;
    }

    /** D-7: every step is in the audit log, under this action. */
    AuditAction audited() {
        return audited;
    }
}
