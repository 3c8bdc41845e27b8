package nl.werkbank.retention;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails of retention; each template ({@code templates/mail/<name>-<language>.txt}) is checked at build time. */
public final class RetentionMails {

    private RetentionMails() {}

    /** One category in the digest: how many records the next run removes and how many a hold keeps. */
    public record DigestLine(String category, int removed, int held) {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance retentionDigestNl(List<DigestLine> lines, String runDate);

        static native TemplateInstance retentionDigestEn(List<DigestLine> lines, String runDate);
    }

    /**
     * T-4 grace period: the privacy office's daily digest of what the next run removes, counts per
     * category only (no personal data), so holds can be placed before it happens.
     */
    public record Digest(List<DigestLine> lines, String runDate) implements MailContent {
        @Override
        public String template() {
            return "retention-digest";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.retentionDigestNl(lines, runDate);
                case en -> Templates.retentionDigestEn(lines, runDate);
            };
        }
    }
}
