package nl.werkbank.common;

/**
 * A sentence for a person, in every language the product speaks (§12: the SPA and mails speak
 * Dutch and English). Writing both at the place that says it keeps a missing translation from
 * compiling.
 */
public record Text(String en, String nl) {

    public static Text of(String en, String nl) {
        return new Text(en, nl);
    }

    public String in(Language language) {
        return language == Language.nl ? nl : en;
    }
}
