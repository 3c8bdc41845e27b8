package nl.werkbank.consent;

/** C-1: why we may process personal data for a purpose (GDPR Art. 6(1)). */
public enum LegalBasis {
    /** Explicit opt-in, confirmed by the address before the first mail when it is for mail. */
    CONSENT,
    /** Telecommunicatiewet art. 11.7: a paying customer, similar services, until they object. */
    SOFT_OPT_IN,
    CONTRACT,
    LEGITIMATE_INTEREST,
    LEGAL_OBLIGATION
}
