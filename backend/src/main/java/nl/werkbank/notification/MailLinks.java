package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werkbank.common.WerkbankConfig;

/**
 * T-2: links in our mails go through a redirect that counts the click as meaningful contact
 * (opening a mail counts for nothing: there are no tracking pixels). A link names the subject and
 * a path of the SPA, signed, so it cannot count for someone else or lead anywhere but the SPA.
 */
@ApplicationScoped
public class MailLinks {

    /** Longest link: 16 bytes of subject and a 200-character path, and a 32-byte MAC, in base64url. */
    public static final int MAX_LENGTH = 340;

    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9_-]{23,290}\\.[A-Za-z0-9_-]{43}");
    private static final Pattern SPA_PATH = Pattern.compile("/[A-Za-z0-9/_-]{0,199}");
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Where a valid link leads and whose click it is. */
    public record Click(UUID subjectId, String path) {}

    private final WerkbankConfig config;
    private final Pattern plainSpaLink;

    MailLinks(WerkbankConfig config) {
        this.config = config;
        this.plainSpaLink = Pattern.compile(
                Pattern.quote(config.spaUrl()) + "(?!/api/)(/[A-Za-z0-9/_-]{0,199})(?=[\\s).,;:!>\\]]|$)");
    }

    /** The redirecting URL for a path of the SPA ({@code /assignments/…}), for mail to this subject. */
    public String to(UUID subjectId, String spaPath) {
        if (!SPA_PATH.matcher(spaPath).matches()) {
            throw new IllegalArgumentException("Not a path of the SPA: " + spaPath);
        }
        byte[] path = spaPath.getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(16 + path.length)
                .putLong(subjectId.getMostSignificantBits())
                .putLong(subjectId.getLeastSignificantBits())
                .put(path)
                .array();
        return config.publicUrl() + "/api/v1/mail-links/" + ENCODER.encodeToString(payload) + "."
                + ENCODER.encodeToString(mac(payload));
    }

    /**
     * Every plain link to a page of the SPA in this mail text, turned into its redirect for the
     * subject the mail goes to. Links that carry a token ({@code #token=…}, {@code ?…}) and links
     * to the API stay as they are: a token must reach its page unchanged and leave stored mail
     * when sent (see OutboxSender), and only a page of the SPA can be a redirect's end.
     */
    public String throughRedirect(UUID subjectId, String text) {
        return plainSpaLink.matcher(text).replaceAll(link -> Matcher.quoteReplacement(to(subjectId, link.group(1))));
    }

    /** The click a link we signed stands for; empty for anything else. */
    public Optional<Click> verify(String link) {
        if (link == null || !LINK.matcher(link).matches()) {
            return Optional.empty();
        }
        int dot = link.indexOf('.');
        byte[] payload = Base64.getUrlDecoder().decode(link.substring(0, dot));
        byte[] signature = Base64.getUrlDecoder().decode(link.substring(dot + 1));
        if (payload.length <= 16 || !MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID subjectId = new UUID(buffer.getLong(), buffer.getLong());
        return Optional.of(new Click(subjectId, new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8)));
    }

    /** Where the browser goes: the SPA, never anywhere else. */
    public String spaUrl(Click click) {
        return config.spaUrl() + click.path();
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(("mail-link:" + config.hashKey()).getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
