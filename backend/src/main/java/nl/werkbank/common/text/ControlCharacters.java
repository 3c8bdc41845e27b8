package nl.werkbank.common.text;

/**
 * S-1 (issue 15): characters no person types into a form. A control character in a name or a
 * title can forge headers and lines in mail and logs; a bidirectional override (U+202E) makes a
 * text read differently from what it says ("invoice‮fdp.exe"). Refused everywhere: C0 and C1
 * controls and DEL, bidirectional embeddings, overrides and isolates; in a {@link MultiLine}
 * field tab, line feed and carriage return are allowed.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The index of the first refused character, or -1 when the text is acceptable. */
    public static int firstRefused(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i), multiLine)) {
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
