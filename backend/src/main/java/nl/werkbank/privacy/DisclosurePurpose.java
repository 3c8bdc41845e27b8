package nl.werkbank.privacy;

/** Why personal data was released, with the codes stored and sent to the SPA (D-8, issue 16). */
public enum DisclosurePurpose {
    /** An organisation asked for a professional's contact details or CV to recruit them. */
    RECRUITMENT("recruitment"),
    /** A coach accepted the professional's own contact request. */
    COACHING("coaching"),
    /** The professional's response to an assignment went to its poster. */
    APPLICATION("application");

    private final String code;

    DisclosurePurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
