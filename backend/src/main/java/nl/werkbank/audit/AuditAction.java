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
    /** D-8: personal data left the platform; the disclosure log holds the details. */
    PERSONAL_DATA_DISCLOSED,
    /** D-9: the privacy officer recorded an incident in the breach register. */
    BREACH_RECORDED,
    /** D-9: the privacy officer changed an incident or its decision. */
    BREACH_UPDATED,
    /** D-9: an affected subject was told of a high-risk incident (Art. 34). */
    BREACH_SUBJECT_NOTIFIED,
    /** D-9: an affected subject could not be told: we hold no mail address for them. */
    BREACH_SUBJECT_UNREACHABLE
}
