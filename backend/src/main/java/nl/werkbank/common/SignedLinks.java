package nl.werkbank.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed one-click links that work without login and need no stored state: a token names one id
 * (a subject, a response) and one short text (what the link does), with an HMAC-SHA256 of both
 * under the server's hash key. The label keeps the uses apart: a token signed for one use is
 * refused by every other. A changed, foreign or malformed token verifies to nothing.
 */
@ApplicationScoped
public class SignedLinks {

    /** Longest token: 16 bytes of id and a 40-character text, and a 32-byte MAC, in base64url. */
    public static final int MAX_TOKEN_LENGTH = 128;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,100}\\.[A-Za-z0-9_-]{43}");
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** What a valid token stands for. */
    public record Signed(UUID id, String text) {}

    private final WerkbankConfig config;

    SignedLinks(WerkbankConfig config) {
        this.config = config;
    }

    public String token(String label, UUID id, String text) {
        byte[] name = text.getBytes(StandardCharsets.UTF_8);
        if (name.length == 0 || name.length > 40) {
            throw new IllegalArgumentException("A signed link's text has 1 to 40 bytes");
        }
        byte[] payload = ByteBuffer.allocate(16 + name.length)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .put(name)
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(label, payload));
    }

    /** The id and text of a token signed under this label; empty for anything else. */
    public Optional<Signed> verify(String label, String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (payload.length <= 16 || !MessageDigest.isEqual(mac(label, payload), signature)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        return Optional.of(new Signed(id, new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8)));
    }

    /** Keyed with the server's hash key, separated from its other uses by the label. */
    private byte[] mac(String label, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec((label + ":" + config.hashKey()).getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
