package nl.werkbank.common.text;

/**
 * S-1 (issue 15): characters no person types into a form. A control character in a name or a
 * title can forge headers and lines in mail and logs; a bidirectional override (U+202E) makes a
 * text read differently from what it says ("invoice‮fdp.exe"). Refused everywhere: C0 and C1
 * controls and DEL (NUL too, which PostgreSQL cannot store in text), bidirectional embeddings,
 * overrides and isolates, unpaired surrogates; in a {@link MultiLine}
 * field tab, line feed and carriage return are allowed.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /**
     * The index of the first refused character, or -1 when the text is acceptable. An unpaired
     * UTF-16 surrogate (a {@code \ud800} escape in JSON) is no character at all: the driver would
     * store a replacement for it, so it is refused too.
     */
    public static int firstRefused(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || isRefused(c, multiLine)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isRefused(char c, boolean multiLine) {
        if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
