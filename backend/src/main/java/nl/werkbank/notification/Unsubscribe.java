package nl.werkbank.notification;

import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.Language;

/**
 * C-4: the one-click unsubscribe of mail for a purpose a person may refuse. The consent feature
 * knows which purposes those are and signs the links; the outbox puts them in the footer and in
 * the RFC 8058 headers.
 */
public interface Unsubscribe {

    /** A link that refuses exactly this purpose for exactly this subject; empty when it cannot be refused. */
    Optional<Link> linkFor(UUID subjectId, String purpose, Language language);

    /**
     * @param purposeName the purpose as the recipient reads it
     * @param pageUrl the confirmation page in the SPA, for people (a GET changes nothing)
     * @param oneClickUrl where a mail client POSTs {@code List-Unsubscribe=One-Click}
     */
    record Link(String purposeName, String pageUrl, String oneClickUrl) {}
}
