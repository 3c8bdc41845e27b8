package nl.werkbank.consent;

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
import nl.werkbank.common.Language;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.notification.Unsubscribe;

/**
 * C-4: signed unsubscribe links. A link names one subject and one purpose and carries an HMAC of
 * both under the server's key, so it works without login, cannot be turned into a link for
 * someone else or another purpose, and needs no stored state. It does not expire: a mail read
 * years later must still unsubscribe.
 */
@ApplicationScoped
public class UnsubscribeLinks implements Unsubscribe {

    /** Longest token: 16 bytes of subject and a 40-character purpose, and a 32-byte MAC, in base64url. */
    public static final int MAX_TOKEN_LENGTH = 128;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,100}\\.[A-Za-z0-9_-]{43}");
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** What a valid link is about. */
    public record Target(UUID subjectId, String purpose) {}

    private final WerkbankConfig config;
    private final ConsentService consents;

    UnsubscribeLinks(WerkbankConfig config, ConsentService consents) {
        this.config = config;
        this.consents = consents;
    }

    @Override
    public Optional<Link> linkFor(UUID subjectId, String purpose, Language language) {
        if (!consents.isRefusable(purpose)) {
            return Optional.empty();
        }
        String token = token(subjectId, purpose);
        return Optional.of(new Link(
                consents.nameOf(purpose, language).orElse(purpose),
                config.spaUrl() + "/unsubscribe#u=" + token,
                config.publicUrl() + "/api/v1/unsubscribe/" + token));
    }

    public String token(UUID subjectId, String purpose) {
        byte[] payload = payload(subjectId, purpose);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The subject and purpose of a link we signed; empty for anything else (tampered, foreign, malformed). */
    public Optional<Target> verify(String token) {
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
        if (payload.length <= 16 || !MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID subjectId = new UUID(buffer.getLong(), buffer.getLong());
        String purpose = new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8);
        return Optional.of(new Target(subjectId, purpose));
    }

    private static byte[] payload(UUID subjectId, String purpose) {
        byte[] name = purpose.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + name.length)
                .putLong(subjectId.getMostSignificantBits())
                .putLong(subjectId.getLeastSignificantBits())
                .put(name)
                .array();
    }

    /** Keyed with the server's hash key, separated from its other uses by the label. */
    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(
                    new SecretKeySpec(("unsubscribe:" + config.hashKey()).getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
