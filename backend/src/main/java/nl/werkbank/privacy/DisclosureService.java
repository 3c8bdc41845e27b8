package nl.werkbank.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;

/** The disclosure log (D-8): written in the transaction that releases the data. */
@ApplicationScoped
public class DisclosureService {

    private final DisclosureRepository disclosures;
    private final PageLimit pageLimit;
    private final Audit audit;
    private final Clock clock;

    DisclosureService(DisclosureRepository disclosures, PageLimit pageLimit, Audit audit, Clock clock) {
        this.disclosures = disclosures;
        this.pageLimit = pageLimit;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Must run inside the transaction that releases the data, so there is no release without a
     * record. The audit entry names the platform as the actor: it makes the release, on a
     * recipient's request or as part of a respondent's application; the recipient is in the details.
     * {@code subjectName} is the name the recipient saw, for notices about the data later (Art. 19).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID subjectId,
            String subjectName,
            Recipient recipient,
            Set<String> categories,
            DisclosurePurpose purpose) {
        Disclosure disclosure = new Disclosure();
        disclosure.id = UUID.randomUUID();
        disclosure.subjectId = subjectId;
        disclosure.subjectName = subjectName;
        disclosure.recipientOrganisationId = recipient.organisationId();
        disclosure.recipientSubjectId = recipient.personSubjectId();
        disclosure.recipientKind = recipient.kind().code();
        disclosure.recipientName = recipient.name();
        disclosure.recipientPerson = recipient.personName();
        disclosure.categories = List.copyOf(new TreeSet<>(categories));
        disclosure.purpose = purpose.code();
        disclosure.disclosedAt = clock.instant();
        disclosures.persist(disclosure);
        audit.append(
                AuditActor.system(),
                AuditAction.PERSONAL_DATA_DISCLOSED,
                subjectId,
                AuditDetails.id("disclosure", disclosure.id)
                        .withId("recipientOrganisation", recipient.organisationId())
                        .withId("recipientSubject", recipient.personSubjectId())
                        .withCodes("categories", disclosure.categories));
    }

    /** A release of the subject's data: to whom, what, why and when; the Art. 19 notices start here. */
    public record DisclosedTo(
            UUID disclosureId,
            UUID recipientOrganisationId,
            UUID recipientSubjectId,
            List<String> categories,
            String purpose,
            Instant disclosedAt) {}

    /**
     * Art. 19 (D-6): every recipient of the subject's data, oldest first. Call it while the
     * subject still exists: erasure keeps these records (same ids) but not whose data they were,
     * so a notice for an erasure is prepared from this list before (see ErasureListener).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DisclosedTo> recipientsOf(UUID subjectId) {
        return disclosures.allForSubject(subjectId).stream()
                .map(d -> new DisclosedTo(
                        d.id,
                        d.recipientOrganisationId,
                        d.recipientSubjectId,
                        List.copyOf(d.categories),
                        d.purpose,
                        d.disclosedAt))
                .toList();
    }

    /** The caller's own disclosures, newest first. */
    @Transactional
    public DisclosurePage mine(Caller caller, String cursor, Integer limit) {
        UUID subjectId = caller.subjectId();
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<DisclosureView> page = Page.of(
                        disclosures.pageForSubject(
                                subjectId, before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size),
                        size,
                        d -> KeysetCursor.after(d.disclosedAt, d.id))
                .map(DisclosureView::of);
        return new DisclosurePage(page.items(), page.nextCursor());
    }
}
