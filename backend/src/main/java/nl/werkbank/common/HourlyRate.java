package nl.werkbank.common;

/**
 * The sanity limit on an hourly rate (issue 16): €1,000 an hour excl. VAT, several times what the
 * dearest interim manager in the Netherlands asks, so a typo such as €50,000 is refused.
 */
public final class HourlyRate {

    /** In euro cents. */
    public static final long MAX_CENTS = 100_000;

    private HourlyRate() {}
}
