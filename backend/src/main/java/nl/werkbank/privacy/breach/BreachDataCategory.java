package nl.werkbank.privacy.breach;

import nl.werkbank.common.Text;

/** The kinds of personal data Werkbank holds, as a breach report names them. */
public enum BreachDataCategory {
    NAME(Text.of("names", "namen")),
    CONTACT_DETAILS(
            Text.of("contact details (e-mail address, phone number)", "contactgegevens (e-mailadres, telefoonnummer)")),
    PROFILE(Text.of(
            "profile (experience, education, skills, rates)", "profiel (ervaring, opleiding, vaardigheden, tarieven)")),
    CV(Text.of("CV files", "cv-bestanden")),
    RESPONSES(Text.of("responses to assignments and their answers", "reacties op opdrachten en de antwoorden daarin")),
    MESSAGES(Text.of("e-mails we sent", "e-mails die wij verstuurden")),
    ACCOUNT(Text.of("account details", "accountgegevens")),
    INVOICES(Text.of("placements and invoices", "plaatsingen en facturen"));

    private final Text label;

    BreachDataCategory(Text label) {
        this.label = label;
    }

    /** How the notice to subjects names the category, in plain language. */
    public Text label() {
        return label;
    }
}
