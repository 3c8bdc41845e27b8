package nl.werkbank.assignment;

/**
 * the capability of someone who posted without an account. It travels in a header, which
 * keeps it out of URLs, logs and referrers.
 */
public final class ManageToken {

    public static final String HEADER = nl.werkbank.caller.ManageTokens.HEADER;
    public static final String DESCRIPTION = "Management token of a poster without an account (from the verification)";

    private ManageToken() {}
}
