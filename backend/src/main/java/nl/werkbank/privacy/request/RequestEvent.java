package nl.werkbank.privacy.request;

import nl.werkbank.audit.AuditAction;
import nl.werkbank.common.Text;

/** A step in a request's history, with what it means in words the subject reads. */
public enum RequestEvent {
    AWAITING_CONFIRMATION(
            AuditAction.PRIVACY_REQUEST_AWAITING_VERIFICATION,
            Text.of(
                    "We sent a link to your e-mail address; the request starts when you confirm it.",
                    "We hebben een link naar uw e-mailadres gestuurd; het verzoek start als u die bevestigt.")),
    RECEIVED(
            AuditAction.PRIVACY_REQUEST_RECEIVED,
            Text.of("We received your request.", "We hebben uw verzoek ontvangen.")),
    CONFIRMED(
            AuditAction.PRIVACY_REQUEST_VERIFIED,
            Text.of(
                    "You confirmed your e-mail address; the deadline runs from now.",
                    "U heeft uw e-mailadres bevestigd; de termijn loopt vanaf nu.")),
    NOTHING_HELD(
            AuditAction.PRIVACY_REQUEST_NOTHING_HELD,
            Text.of(
                    "We hold no data tied to this e-mail address, apart from this request.",
                    "We hebben geen gegevens die bij dit e-mailadres horen, behalve dit verzoek.")),
    RESTRICTED(
            AuditAction.SUBJECT_RESTRICTED,
            Text.of(
                    "Your data is restricted: we keep it, but no one sees or uses it, and we send you no mail"
                            + " except about this restriction. Everyone who received your data was told.",
                    "Uw gegevens zijn beperkt: we bewaren ze, maar niemand ziet of gebruikt ze, en we sturen u"
                            + " geen e-mail behalve over deze beperking. Iedereen die uw gegevens kreeg, is ingelicht.")),
    NOT_RESTRICTED(
            AuditAction.PRIVACY_REQUEST_NOTHING_HELD,
            Text.of("Your data was not restricted.", "Uw gegevens waren niet beperkt.")),
    RESTRICTION_LIFT_ANNOUNCED(
            AuditAction.SUBJECT_RESTRICTION_LIFT_ANNOUNCED,
            Text.of(
                    "We told you by e-mail that the restriction ends.",
                    "We hebben u per e-mail laten weten dat de beperking stopt.")),
    RESTRICTION_LIFTED(
            AuditAction.SUBJECT_RESTRICTION_LIFTED,
            Text.of(
                    "The restriction ended: your data is used again as before.",
                    "De beperking is gestopt: uw gegevens worden weer gebruikt zoals eerst.")),
    ERASED(
            AuditAction.SUBJECT_ERASED,
            Text.of(
                    "The data tied to your e-mail address was erased; everyone who received it was told.",
                    "De gegevens bij uw e-mailadres zijn gewist; iedereen die ze kreeg, is ingelicht.")),
    EXPORT_READY(
            AuditAction.PRIVACY_EXPORT_CREATED,
            Text.of(
                    "Your data is ready to download for 7 days, as an encrypted archive.",
                    "Uw gegevens staan 7 dagen voor u klaar om te downloaden, als versleuteld archief.")),
    COMPLETED_AUTOMATICALLY(
            AuditAction.PRIVACY_REQUEST_COMPLETED,
            Text.of("Your request was carried out at once.", "Uw verzoek is direct uitgevoerd.")),
    HANDED_TO_PRIVACY_OFFICER(
            AuditAction.PRIVACY_REQUEST_IN_PROGRESS,
            Text.of(
                    "Our privacy officer handles this request by hand: the platform does not yet carry out this kind of"
                            + " request by itself. You hear from us within the deadline.",
                    "Onze privacy officer behandelt dit verzoek zelf: het platform voert dit soort verzoek nog niet"
                            + " zelf uit. U hoort binnen de termijn van ons.")),
    ERASURE_HELD_FOR_LEGAL_CLAIM(
            AuditAction.ERASURE_SKIPPED_UNDER_HOLD,
            Text.of(
                    "Some of your data has to be kept for now for a legal claim (Art. 17(3)(e) GDPR), so we did not"
                            + " erase it yet. Our privacy officer handles your request and tells you within the deadline"
                            + " what is erased and what is kept, and why.",
                    "Een deel van uw gegevens moeten we voorlopig bewaren voor een juridische claim (art. 17 lid 3"
                            + " onder e AVG), dus we hebben nog niets gewist. Onze privacy officer behandelt uw verzoek"
                            + " en laat u binnen de termijn weten wat gewist wordt en wat bewaard blijft, en waarom.")),
    RECIPIENTS_TOLD_OF_CORRECTION(
            AuditAction.RECIPIENT_NOTIFIED,
            Text.of(
                    "We told everyone who received the corrected data.",
                    "We hebben iedereen ingelicht die de gecorrigeerde gegevens kreeg.")),
    EXTENDED(AuditAction.PRIVACY_REQUEST_EXTENDED, Text.of("The deadline was extended.", "De termijn is verlengd.")),
    COMPLETED(
            AuditAction.PRIVACY_REQUEST_COMPLETED,
            Text.of("Your request was carried out.", "Uw verzoek is uitgevoerd.")),
    REJECTED(AuditAction.PRIVACY_REQUEST_REJECTED, Text.of("Your request was rejected.", "Uw verzoek is afgewezen.")),
    EXPORT_EXPIRED(
            AuditAction.PRIVACY_EXPORT_EXPIRED,
            Text.of(
                    "The archive with your data expired and was deleted.",
                    "Het archief met uw gegevens is verlopen en verwijderd."));

    private final AuditAction audited;
    private final Text meaning;

    RequestEvent(AuditAction audited, Text meaning) {
        this.audited = audited;
        this.meaning = meaning;
    }

    /** D-7: every step is in the audit log, under this action. */
    AuditAction audited() {
        return audited;
    }

    Text meaning() {
        return meaning;
    }
}
