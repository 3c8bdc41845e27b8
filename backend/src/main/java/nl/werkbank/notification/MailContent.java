package nl.werkbank.notification;

import io.quarkus.qute.TemplateInstance;
import nl.werkbank.common.Language;

/**
 * One kind of mail: its data as a record, its text a type-safe Qute template per language
 * ({@code @CheckedTemplate}), so a missing template or an unknown variable fails the build, not
 * the send.
 */
public interface MailContent {

    /** A stable name, kept with the queued message so operators see what was sent (S-3). */
    String template();

    /** The template in this language with this mail's data. */
    TemplateInstance in(Language language);
}
