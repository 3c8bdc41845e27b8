package nl.werkbank.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.Optional;
import nl.werkbank.common.Language;

/**
 * The footer under every mail, added once by the outbox: where the recipient sees, corrects or
 * deletes their data and, for a purpose they may refuse, the one-click unsubscribe (C-4).
 */
final class MailFooter {

    private MailFooter() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance footerNl(String purposeName, String unsubscribeUrl);

        static native TemplateInstance footerEn(String purposeName, String unsubscribeUrl);
    }

    static String render(Language language, Optional<Unsubscribe.Link> unsubscribe) {
        String purposeName = unsubscribe.map(Unsubscribe.Link::purposeName).orElse(null);
        String url = unsubscribe.map(Unsubscribe.Link::pageUrl).orElse(null);
        TemplateInstance footer = switch (language) {
            case nl -> Templates.footerNl(purposeName, url);
            case en -> Templates.footerEn(purposeName, url);
        };
        return footer.render().strip();
    }
}
