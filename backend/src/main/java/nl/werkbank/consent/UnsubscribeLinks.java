package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.Language;
import nl.werkbank.common.SignedLinks;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.notification.Unsubscribe;

/**
 * C-4: signed unsubscribe links. A link names one subject and one purpose and carries an HMAC of
 * both under the server's key, so it works without login, cannot be turned into a link for
 * someone else or another purpose, and needs no stored state. It does not expire: a mail read
 * years later must still unsubscribe. Signed by {@link SignedLinks} under its own label.
 */
@ApplicationScoped
public class UnsubscribeLinks implements Unsubscribe {

    /** Longest token: 16 bytes of subject and a 40-character purpose, and a 32-byte MAC, in base64url. */
    public static final int MAX_TOKEN_LENGTH = SignedLinks.MAX_TOKEN_LENGTH;

    private static final String LABEL = "unsubscribe";

    /** What a valid link is about. */
    public record Target(UUID subjectId, String purpose) {}

    private final WerkbankConfig config;
    private final ConsentService consents;
    private final SignedLinks signedLinks;

    UnsubscribeLinks(WerkbankConfig config, ConsentService consents, SignedLinks signedLinks) {
        this.config = config;
        this.consents = consents;
        this.signedLinks = signedLinks;
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
        return signedLinks.token(LABEL, subjectId, purpose);
    }

    /** The subject and purpose of a link we signed; empty for anything else (tampered, foreign, malformed). */
    public Optional<Target> verify(String token) {
        return signedLinks.verify(LABEL, token).map(signed -> new Target(signed.id(), signed.text()));
    }
}
