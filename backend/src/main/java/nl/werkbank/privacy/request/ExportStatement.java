package nl.werkbank.privacy.request;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.werkbank.common.WerkbankConfig;

/**
 * D-3, Art. 15(1): {@code STATEMENT.md}, the first thing in an export, in plain Dutch and
 * English: why we hold the data, which kinds, who received it (from the subject's own disclosure
 * log), how long we keep it (SPEC T-1), where it came from, that nothing is decided or ranked
 * automatically, and the right to complain to the Autoriteit Persoonsgegevens.
 */
@ApplicationScoped
public class ExportStatement {

    private final WerkbankConfig config;

    ExportStatement(WerkbankConfig config) {
        this.config = config;
    }

    String of(JsonNode data) {
        String categories = data.properties().stream()
                .filter(category -> holdsSomething(category.getValue()))
                .map(category -> "- " + category.getKey())
                .collect(Collectors.joining("\n"));
        String contact = config.privacyContact();
        return DUTCH.formatted(
                        orNone(categories, "- (geen)"),
                        orNone(recipientList(data, true), "- Niemand: uw gegevens zijn niet gedeeld."),
                        contact)
                + "\n---\n\n"
                + ENGLISH.formatted(
                        orNone(categories, "- (none)"),
                        orNone(recipientList(data, false), "- Nobody: your data was not shared."),
                        contact);
    }

    /** Each recipient once, worded in the statement's language, with every kind of data they got. */
    private static String recipientList(JsonNode data, boolean dutch) {
        Map<String, TreeSet<String>> recipients = new TreeMap<>();
        data.path("disclosures").forEach(disclosure -> {
            TreeSet<String> kinds = recipients.computeIfAbsent(
                    recipientName(disclosure.path("recipient"), dutch), recipient -> new TreeSet<>());
            disclosure.path("categories").forEach(kind -> kinds.add(kind.asText()));
        });
        return recipients.entrySet().stream()
                .map(recipient -> "- " + recipient.getKey() + ": " + String.join(", ", recipient.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String recipientName(JsonNode recipient, boolean dutch) {
        String name = recipient.path("name").asText("");
        return switch (recipient.path("kind").asText()) {
            case "assignment-poster" ->
                (dutch ? "de opdrachtgever van \u201c" : "the poster of \u201c") + name + "\u201d";
            case "coach-network" -> dutch ? "het coachnetwerk van Werkbank" : "Werkbank\u2019s coach network";
            default -> name;
        };
    }

    private static boolean holdsSomething(JsonNode value) {
        return !(value == null || value.isNull() || (value.isContainerNode() && value.isEmpty()));
    }

    private static String orNone(String list, String none) {
        return list.isEmpty() ? none : list;
    }

    private static final String DUTCH = """
            # Verklaring over uw gegevens (artikel 15 AVG)

            Dit archief bevat alle persoonsgegevens die Werkbank over u heeft, op het moment dat u
            erom vroeg. Hieronder leest u wat we ermee doen.

            ## Waarvoor we uw gegevens gebruiken
            - Uw account: zodat u kunt inloggen en wij u kunnen schrijven over wat u bij ons doet.
            - Uw profiel en cv: zodat opdrachtgevers u kunnen vinden, zoals u zelf instelt.
            - Uw reacties: om ze door te sturen naar wie de opdracht plaatste.
            - Opdrachten die u plaatste: om ze te publiceren en reacties bij u te krijgen.
            - Plaatsingen en facturen: omdat de wet ons verplicht ze te bewaren.
            - Het logboek van verstrekkingen en handelingen: om te kunnen laten zien wat er met uw
              gegevens is gebeurd.

            ## Welke soorten gegevens we over u hebben
            %s

            ## Wie uw gegevens kreeg
            %s

            ## Hoe lang we uw gegevens bewaren
            - Profiel en cv: tot 2 jaar na uw laatste contact met ons.
            - Een opgeheven account: 30 dagen na het opheffen.
            - Een reactie "alleen voor deze opdracht": tot de procedure sluit.
            - Andere reacties: 4 weken na het sluiten van de procedure, of 1 jaar als u dat goedvindt.
            - Gegevens van wie zonder account een opdracht plaatste: 2 jaar na het sluiten ervan.
            - Beveiligingslogboeken en IP-adressen: 6 maanden.
            - Het logboek van verzoeken zoals dit: 5 jaar na afronding.
            - Facturen en plaatsingen: 7 jaar na het einde van het boekjaar (wettelijke plicht).

            ## Waar de gegevens vandaan komen
            Van uzelf: wat u invulde en uploadde. Uw naam en e-mailadres komen van uw inlog. Het
            logboek van verstrekkingen en handelingen maakt Werkbank zelf.

            ## Geautomatiseerde besluiten
            Werkbank neemt geen besluiten over u die alleen door een computer worden genomen, en
            rangschikt of beoordeelt mensen niet automatisch.

            ## Uw rechten
            U kunt uw gegevens laten verbeteren of wissen, de verwerking laten beperken, bezwaar
            maken en uw gegevens meenemen. Vragen: %s. U kunt ook een klacht indienen bij de
            Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl).
            """;

    private static final String ENGLISH = """
            # Statement about your data (Article 15 GDPR)

            This archive holds all personal data Werkbank has about you, as it was when you asked
            for it. Below is what we do with it.

            ## What we use your data for
            - Your account: so you can log in and we can write to you about what you do here.
            - Your profile and CV: so clients can find you, as far as you allow.
            - Your responses: to pass them on to whoever posted the assignment.
            - Assignments you posted: to publish them and bring responses to you.
            - Placements and invoices: because the law requires us to keep them.
            - The log of disclosures and actions: to be able to show what happened to your data.

            ## Which kinds of data we hold about you
            %s

            ## Who received your data
            %s

            ## How long we keep your data
            - Profile and CV: up to 2 years after your last contact with us.
            - A closed account: 30 days after closing it.
            - A response "for this assignment only": until the procedure closes.
            - Other responses: 4 weeks after the procedure closes, or 1 year if you agree.
            - Details of someone who posted an assignment without an account: 2 years after it closed.
            - Security logs and IP addresses: 6 months.
            - The log of requests like this one: 5 years after it was completed.
            - Invoices and placements: 7 years after the end of the fiscal year (required by law).

            ## Where the data came from
            From you: what you filled in and uploaded. Your name and e-mail address come from your
            login. Werkbank itself keeps the log of disclosures and actions.

            ## Automated decisions
            Werkbank makes no decisions about you by computer alone, and does not rank or score
            people automatically.

            ## Your rights
            You can have your data corrected or erased, restrict its use, object, and take your
            data elsewhere. Questions: %s. You may also complain to the Dutch data protection
            authority, the Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl).
            """;
}
