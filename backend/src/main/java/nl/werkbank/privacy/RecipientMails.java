package nl.werkbank.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkbank.common.Language;
import nl.werkbank.common.Text;
import nl.werkbank.notification.MailContent;

/** Art. 19 notices to the recipients of a subject's data; templates checked at build time. */
public final class RecipientMails {

    private RecipientMails() {}

    static final String NOTICE_TEMPLATE = "recipient-notice";

    /** The disclosure log's category codes in words a recipient reads; an unknown code is shown as it is. */
    private static final Map<String, Text> CATEGORIES = Map.of(
            "name", Text.of("name", "naam"),
            "contact-details", Text.of("contact details", "contactgegevens"),
            "cv", Text.of("CV", "cv"),
            "response", Text.of("response to your assignment", "reactie op je opdracht"));

    private static final Text SOMEONE = Text.of("a person", "een persoon");

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance recipientNoticeNl(
                String person, String categories, LocalDate receivedOn, String change, String instruction);

        static native TemplateInstance recipientNoticeEn(
                String person, String categories, LocalDate receivedOn, String change, String instruction);
    }

    /** What happened to the data (Art. 19: rectification, erasure, restriction) and what we ask of the recipient. */
    public enum Change {
        RECTIFIED(
                Text.of("corrected", "gecorrigeerd"),
                Text.of(
                        "This data was corrected. Please update your copy: stop using what you received then, and"
                                + " look up the current data on Werkbank or ask the person.",
                        "Deze gegevens zijn gecorrigeerd. Werk je kopie bij: gebruik niet langer wat je toen kreeg,"
                                + " maar bekijk de actuele gegevens op Werkbank of vraag ze aan de persoon zelf.")),
        ERASED(
                Text.of("erased", "gewist"),
                Text.of(
                        "The person asked us to erase this data, and we did. Please delete your copy too (for"
                                + " example the CV and the e-mail with the response), unless the law obliges you"
                                + " to keep it.",
                        "De persoon heeft ons gevraagd deze gegevens te wissen, en dat hebben we gedaan. Verwijder"
                                + " ook je eigen kopie (bijvoorbeeld het cv en de e-mail met de reactie), tenzij de"
                                + " wet je verplicht die te bewaren.")),
        RESTRICTED(
                Text.of("restricted", "beperkt"),
                Text.of(
                        "The person asked us to restrict the processing of this data. You may keep your copy, but"
                                + " please do not use it until the person or we tell you otherwise.",
                        "De persoon heeft gevraagd de verwerking van deze gegevens te beperken. Je mag je kopie"
                                + " bewaren, maar gebruik haar niet totdat de persoon of wij je iets anders laten"
                                + " weten."));

        private final Text word;
        private final Text instruction;

        Change(Text word, Text instruction) {
            this.word = word;
            this.instruction = instruction;
        }
    }

    /**
     * Art. 19: the data of this person (named as the recipient received it) that went to the
     * recipient was corrected, erased or restricted, and what we ask them to do with their copy.
     */
    public record Notice(String personName, Collection<String> categories, LocalDate receivedOn, Change change)
            implements MailContent {

        @Override
        public String template() {
            return NOTICE_TEMPLATE;
        }

        @Override
        public TemplateInstance in(Language language) {
            String person = personName == null ? SOMEONE.in(language) : personName;
            String kinds = categories.stream()
                    .map(code ->
                            CATEGORIES.containsKey(code) ? CATEGORIES.get(code).in(language) : code)
                    .collect(Collectors.joining(", "));
            String word = change.word.in(language);
            String instruction = change.instruction.in(language);
            return switch (language) {
                case nl -> Templates.recipientNoticeNl(person, kinds, receivedOn, word, instruction);
                case en -> Templates.recipientNoticeEn(person, kinds, receivedOn, word, instruction);
            };
        }
    }
}
