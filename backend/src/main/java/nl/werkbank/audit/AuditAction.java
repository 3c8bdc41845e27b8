package nl.werkbank.audit;

/**
 * What was done, as a closed list: an entry can only say one of these, so free text (and the
 * personal data it invites) has no way into the action column. Features add their actions here.
 */
public enum AuditAction {
    /** O-2: an admin verified an organisation. */
    ORGANISATION_VERIFIED,
    /** O-2: an admin withdrew an organisation's verification. */
    ORGANISATION_UNVERIFIED,
    /** an admin approved an assignment for publication. */
    ASSIGNMENT_APPROVED,
    /** an admin rejected an assignment (the reason stays with the assignment, not here). */
    ASSIGNMENT_REJECTED,
    /** an admin closed someone else's assignment. */
    ASSIGNMENT_CLOSED_BY_STAFF,
    /** an admin archived someone else's assignment. */
    ASSIGNMENT_ARCHIVED_BY_STAFF,
    /** D-8: personal data left the platform; the disclosure log holds the details. */
    PERSONAL_DATA_DISCLOSED,
    /** D-9: the privacy officer recorded an incident in the breach register. */
    BREACH_RECORDED,
    /** D-9: the privacy officer changed an incident or its decision. */
    BREACH_UPDATED,
    /** D-9: an affected subject was told of a high-risk incident (Art. 34). */
    BREACH_SUBJECT_NOTIFIED,
    /** D-9: an affected subject could not be told: we hold no mail address for them. */
    BREACH_SUBJECT_UNREACHABLE,
    /** D-1, D-7: a data-subject request was filed. */
    PRIVACY_REQUEST_RECEIVED,
    /** D-3: the encrypted archive answering an access or portability request was built. */
    PRIVACY_EXPORT_CREATED,
    /** D-2: a request waits for the privacy officer. */
    PRIVACY_REQUEST_IN_PROGRESS,
    /** D-2: the privacy officer extended a request's deadline (the reason stays with the request). */
    PRIVACY_REQUEST_EXTENDED,
    /** D-2: a request was carried out, automatically or by the privacy officer. */
    PRIVACY_REQUEST_COMPLETED,
    /** D-2: the privacy officer rejected a request (the reason stays with the request). */
    PRIVACY_REQUEST_REJECTED,
    /** D-3: the subject downloaded their archive. */
    PRIVACY_EXPORT_DOWNLOADED,
    /** D-3: an archive reached its 7 days and was deleted. */
    PRIVACY_EXPORT_EXPIRED,
    /** D-1, D-4: every feature erased or anonymised the subject's data; the subject row is gone. */
    SUBJECT_ERASED,
    /** D-4: an account holder closed their account; it is hidden and due for erasure. */
    ACCOUNT_CLOSED,
    /** D-4: an account holder reopened their closed account before it was erased. */
    ACCOUNT_REOPENED,
    /** D-4: the identity provider confirmed deleting an erased account's login. */
    IDENTITY_PROVIDER_LOGIN_DELETED,
    /** D-1, D-2: a request by e-mail waits for the person to confirm the address by the mailed link. */
    PRIVACY_REQUEST_AWAITING_VERIFICATION,
    /** D-2: the person confirmed the address of a request by e-mail; the deadline runs from here. */
    PRIVACY_REQUEST_VERIFIED,
    /** D-1: a confirmed request by e-mail found no data tied to the address. */
    PRIVACY_REQUEST_NOTHING_HELD,
    /** D-2: a request by e-mail was never confirmed and was removed with its requester. */
    PRIVACY_REQUEST_UNCONFIRMED_REMOVED,
    /** D-5: processing of the subject's data was restricted. */
    SUBJECT_RESTRICTED,
    /** D-5, Art. 18(3): the subject was told the restriction ends, before it did. */
    SUBJECT_RESTRICTION_LIFT_ANNOUNCED,
    /** D-5: the restriction of the subject's data ended. */
    SUBJECT_RESTRICTION_LIFTED,
    /** D-6, Art. 19: a recipient of the subject's data was told of its correction, erasure or restriction. */
    RECIPIENT_NOTIFIED,
    /** D-6, Art. 19: a recipient of the subject's data could not be told: no address for them any more. */
    RECIPIENT_UNREACHABLE,
    /** O-2: an organisation reached its daily quota of contact and CV releases; admins were alerted. */
    RELEASE_QUOTA_REACHED,
    /** O-2: a client joined an organisation (by invitation or an approved request). */
    ORGANISATION_MEMBER_JOINED,
    /** O-2: a member removed a colleague, or left. */
    ORGANISATION_MEMBER_REMOVED,
    /** C-3: the privacy officer published a version of the privacy notice. */
    PRIVACY_NOTICE_PUBLISHED,
    /** T-1: the privacy officer changed a retention policy (old and new period, action, enabled). */
    RETENTION_POLICY_CHANGED,
    /** T-4: a retention run finished one category (examined, deleted, anonymised, held, errors). */
    RETENTION_CATEGORY_SWEPT,
    /** T-4: a retention run finished. */
    RETENTION_RUN_FINISHED,
    /** T-4: a run whose instance stopped renewing its lease (a crash) was taken over by a new run. */
    RETENTION_RUN_ABANDONED,
    /** T-4: the privacy office was sent the digest of what the next retention run will remove. */
    RETENTION_DIGEST_SENT,
    /** T-5: the privacy officer put a subject or a record on legal hold. */
    LEGAL_HOLD_PLACED,
    /** T-5: the privacy officer released a legal hold. */
    LEGAL_HOLD_RELEASED,
    /** T-5, Art. 17(3)(e): a subject under legal hold was not erased. */
    ERASURE_SKIPPED_UNDER_HOLD
}
