package nl.werkbank.common;

import java.util.Locale;
import java.util.Optional;

/** The languages the product speaks (SPA and e-mail). */
public enum Language {
    nl,
    en;

    /** The first language of an Accept-Language header ({@code en-GB,en;q=0.9,nl;q=0.8}) that we speak. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String[] ranges = header.split("[,;]");
        // ",,," splits into nothing: a header without a language range names no language
        return ranges.length == 0 ? Optional.empty() : fromTag(ranges[0].strip());
    }

    /** Maps a locale tag such as {@code nl-NL} or {@code en} to a supported language. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
