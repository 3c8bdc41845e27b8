package nl.werkbank.consent;

/** C-2: how a decision reached us: which form, link or mail. */
public enum ConsentChannel {
    /** The preferences page of the app. */
    PREFERENCES,
    /** The dialog that asks to confirm consents after a material change of the privacy notice (C-3). */
    NOTICE_CONFIRMATION,
    /** The job-alert form of the app. */
    JOB_ALERT_FORM,
    /** The confirmation link mailed to a visitor's address (double opt-in, C-1). */
    CONFIRMATION_LINK,
    /** The signed unsubscribe link or one-click header of a mail (C-4). */
    UNSUBSCRIBE_LINK
}
