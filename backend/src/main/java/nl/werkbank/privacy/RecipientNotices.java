package nl.werkbank.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.privacy.RecipientMails.Change;
import nl.werkbank.privacy.erasure.ErasureListener;
import nl.werkbank.subject.MailAddress;
import nl.werkbank.subject.SubjectService;

/**
 * Art. 19 (D-6): every recipient in the disclosure log of a subject's data hears, through the
 * outbox, that the data was corrected, erased or restricted: one notice per recipient person,
 * naming the subject as the recipient received them and every kind of data they received.
 * Each notice, and each recipient who cannot be reached, is in the audit log.
 */
@ApplicationScoped
public class RecipientNotices implements ErasureListener {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final DisclosureRepository disclosures;
    private final SubjectService subjects;
    private final Outbox outbox;
    private final Audit audit;

    RecipientNotices(DisclosureRepository disclosures, SubjectService subjects, Outbox outbox, Audit audit) {
        this.disclosures = disclosures;
        this.subjects = subjects;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The subject's data was corrected. Returns how many recipients were notified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyRectification(UUID subjectId) {
        return notify(subjectId, Change.RECTIFIED);
    }

    /** Processing of the subject's data is restricted (D-5). Returns how many recipients were notified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyRestriction(UUID subjectId) {
        return notify(subjectId, Change.RESTRICTED);
    }

    /**
     * The subject is being erased (D-4): called by ErasureService in the erasing transaction,
     * before the disclosures lose the subject. The notice does not name the person: a new mail with
     * their name would store the erased identity again; the kinds of data and the date they were
     * received tell the recipient which copy to delete.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeErasure(UUID subjectId) {
        notify(subjectId, Change.ERASED);
    }

    private record Received(String subjectName, TreeSet<String> categories, LocalDate firstOn) {}

    private int notify(UUID subjectId, Change change) {
        Map<UUID, Received> byRecipient = new LinkedHashMap<>();
        List<Disclosure> log = disclosures.allForSubject(subjectId);
        for (Disclosure disclosure : log) {
            if (disclosure.recipientSubjectId == null) {
                audit.append(
                        AuditActor.system(),
                        AuditAction.RECIPIENT_UNREACHABLE,
                        subjectId,
                        AuditDetails.id("disclosure", disclosure.id).withCode("change", change));
                continue;
            }
            Received received = byRecipient.computeIfAbsent(
                    disclosure.recipientSubjectId,
                    recipient -> new Received(
                            disclosure.subjectName,
                            new TreeSet<>(),
                            disclosure.disclosedAt.atZone(NETHERLANDS).toLocalDate()));
            received.categories().addAll(disclosure.categories);
        }
        int notified = 0;
        for (Map.Entry<UUID, Received> entry : byRecipient.entrySet()) {
            UUID recipient = entry.getKey();
            Received received = entry.getValue();
            Optional<MailAddress> address = subjects.reachableAt(recipient);
            if (address.isEmpty()) {
                audit.append(
                        AuditActor.system(),
                        AuditAction.RECIPIENT_UNREACHABLE,
                        subjectId,
                        AuditDetails.id("recipientSubject", recipient).withCode("change", change));
                continue;
            }
            outbox.enqueue(new Mail(
                    recipient,
                    address.get().email(),
                    address.get().language(),
                    new RecipientMails.Notice(
                            change == Change.ERASED ? null : received.subjectName(),
                            received.categories(),
                            received.firstOn(),
                            change)));
            audit.append(
                    AuditActor.system(),
                    AuditAction.RECIPIENT_NOTIFIED,
                    subjectId,
                    AuditDetails.id("recipientSubject", recipient).withCode("change", change));
            notified++;
        }
        return notified;
    }
}
