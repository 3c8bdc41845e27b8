package nl.werkbank.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/**
 * Position in a keyset-paginated list: the sort key of the last item returned and its id as
 * tie-breaker. Clients see it only as an opaque string; a list query continues with
 * {@code WHERE (key, id) > (:key, :id)}, so a page costs the same at any depth.
 */
public record KeysetCursor(String key, UUID id) {

    private static final String VERSION = "v1";
    /**
     * Longer than any cursor {@link #encode()} writes (base64 of version, an ISO instant of at most
     * 35 characters and a UUID); the contract states it as the parameter's maxLength.
     */
    public static final int MAX_LENGTH = 128;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static KeysetCursor after(Instant key, UUID id) {
        return new KeysetCursor(key.toString(), id);
    }

    public String encode() {
        return ENCODER.encodeToString((VERSION + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; anything it did not get from us is a 400 on {@code cursor}. */
    public static KeysetCursor decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
                throw invalid();
            }
            return new KeysetCursor(parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A position in a list ordered by a number, such as the audit log's sequence. */
    public static KeysetCursor after(long key, UUID id) {
        return new KeysetCursor(Long.toString(key), id);
    }

    public long longKey() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public Instant instantKey() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The 400 for a cursor this list did not return, also for lists that read the key themselves. */
    public static ProblemException invalid() {
        return ProblemException.invalid(
                "cursor",
                FieldCode.FORMAT,
                Text.of("is not a cursor this list returned", "is geen cursor die deze lijst gaf"));
    }
}
