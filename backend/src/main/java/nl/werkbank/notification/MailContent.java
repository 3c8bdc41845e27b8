package nl.werkbank.notification;

import io.quarkus.qute.TemplateInstance;
import nl.werkbank.common.Language;

/**
 * One kind of mail: its data as a record, its text a type-safe Qute template per language
 * ({@code @CheckedTemplate}), so a missing template or an unknown variable fails the build, not
 * the send.
 */
public interface MailContent {

    /** The purpose of mail that is part of using the platform (C-1: contract); it cannot be refused. */
    String SERVICE_MESSAGES = "service-messages";

    /** A stable name, kept with the queued message so operators see what was sent (S-3). */
    String template();

    /** The template in this language with this mail's data. */
    TemplateInstance in(Language language);

    /**
     * C-4: the purpose this mail serves; the send rules ask at send time whether it still may
     * go. Mails for a purpose that needs consent (job alerts, newsletters) override this.
     */
    default String purpose() {
        return SERVICE_MESSAGES;
    }
}
