package nl.werkbank.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable link tokens: 256 random bits; only their SHA-256 is stored. */
public final class CapabilityTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CapabilityTokens() {}

    /** Characters of a token: 32 random bytes in unpadded base64url. */
    public static final int LENGTH = 43;

    private static final int RANDOM_BYTES = 32;

    public static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
