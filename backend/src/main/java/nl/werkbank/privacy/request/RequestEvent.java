package nl.werkbank.privacy.request;

import nl.werkbank.audit.AuditAction;
import nl.werkbank.common.Text;

/** A step in a request's history, with what it means in words the subject reads. */
public enum RequestEvent {
    RECEIVED(
            AuditAction.PRIVACY_REQUEST_RECEIVED,
            Text.of("We received your request.", "We hebben uw verzoek ontvangen.")),
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
