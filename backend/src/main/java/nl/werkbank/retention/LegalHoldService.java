package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.subject.SubjectService;

/**
 * T-5: legal holds. The privacy officer puts a subject or a record on hold for a dispute or
 * claim; retention sweeps skip what a hold covers and count it, erasure refuses a held subject
 * (Art. 17(3)(e)), until the hold is released. Placing and releasing are audited.
 */
@ApplicationScoped
public class LegalHoldService {

    private final LegalHoldRepository holds;
    private final RetentionPolicyRepository policies;
    private final SubjectService subjects;
    private final RetentionAccess access;
    private final Audit audit;
    private final PageLimit pageLimit;
    private final Clock clock;

    LegalHoldService(
            LegalHoldRepository holds,
            RetentionPolicyRepository policies,
            SubjectService subjects,
            RetentionAccess access,
            Audit audit,
            PageLimit pageLimit,
            Clock clock) {
        this.holds = holds;
        this.policies = policies;
        this.subjects = subjects;
        this.access = access;
        this.audit = audit;
        this.pageLimit = pageLimit;
        this.clock = clock;
    }

    @Transactional
    public LegalHoldView place(Caller caller, LegalHoldInput input) {
        access.requireOfficer(caller);
        requireValid(input);
        UUID officer = caller.subjectId();
        LegalHold hold = new LegalHold();
        hold.id = UUID.randomUUID();
        hold.subjectId = input.subjectId();
        hold.category = input.subjectId() == null ? input.category() : null;
        hold.recordKey = input.subjectId() == null ? input.recordKey().strip() : null;
        hold.reason = input.reason().strip();
        hold.placedAt = clock.instant();
        hold.placedBy = officer;
        holds.persist(hold);
        audit.append(caller, AuditAction.LEGAL_HOLD_PLACED, hold.subjectId, details(hold));
        return LegalHoldView.of(hold);
    }

    @Transactional
    public LegalHoldView release(Caller caller, UUID id, LegalHoldRelease input) {
        access.requireOfficer(caller);
        UUID officer = caller.subjectId();
        LegalHold hold = holds.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No such legal hold."));
        if (hold.releasedAt != null) {
            throw ProblemException.conflict("This legal hold was released before.");
        }
        hold.releasedAt = clock.instant();
        hold.releasedBy = officer;
        hold.releaseReason = input.reason().strip();
        audit.append(caller, AuditAction.LEGAL_HOLD_RELEASED, hold.subjectId, details(hold));
        return LegalHoldView.of(hold);
    }

    /** Most recently placed first; {@code active} filters on released or not. */
    @Transactional
    public LegalHoldView.Page list(Caller caller, Boolean active, String cursor, Integer limit) {
        access.requireOfficer(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<LegalHoldView> page = Page.of(
                        holds.page(
                                Optional.ofNullable(active),
                                before.map(KeysetCursor::instantKey),
                                before.map(KeysetCursor::id),
                                size),
                        size,
                        h -> KeysetCursor.after(h.placedAt, h.id))
                .map(LegalHoldView::of);
        return new LegalHoldView.Page(page.items(), page.nextCursor());
    }

    /** The first active hold on this subject, if any: erasure asks before it erases (T-5). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> holdOn(UUID subjectId) {
        return holds.activeOnSubject(subjectId).stream().map(h -> h.id).findFirst();
    }

    /** The keys of these due records that an active hold covers, by their subject or as a record. */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> heldAmong(String category, Collection<DueRecord> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        Set<UUID> subjectIds = new HashSet<>();
        Set<String> keys = new HashSet<>();
        records.forEach(r -> {
            keys.add(r.key());
            if (r.subjectId() != null) {
                subjectIds.add(r.subjectId());
            }
        });
        List<LegalHold> covering = holds.activeCovering(category, subjectIds, keys);
        Set<UUID> heldSubjects = new HashSet<>();
        Set<String> heldKeys = new HashSet<>();
        covering.forEach(h -> {
            if (h.subjectId != null) {
                heldSubjects.add(h.subjectId);
            } else {
                heldKeys.add(h.recordKey);
            }
        });
        Set<String> held = new HashSet<>();
        records.stream()
                .filter(r ->
                        heldKeys.contains(r.key()) || (r.subjectId() != null && heldSubjects.contains(r.subjectId())))
                .forEach(r -> held.add(r.key()));
        return held;
    }

    private void requireValid(LegalHoldInput input) {
        List<ProblemException.Violation> violations = new ArrayList<>();
        boolean bySubject = input.subjectId() != null;
        boolean byRecord = input.category() != null || input.recordKey() != null;
        if (bySubject && byRecord) {
            violations.add(new ProblemException.Violation(
                    "subjectId",
                    FieldCode.NOT_ALLOWED,
                    Text.of(
                            "give a subject or a category and record key, not both",
                            "geef een subject of een categorie met sleutel, niet allebei")));
        } else if (bySubject) {
            if (!subjects.exists(input.subjectId())) {
                violations.add(new ProblemException.Violation(
                        "subjectId", FieldCode.UNKNOWN_REFERENCE, Text.of("no such subject", "onbekend subject")));
            }
        } else {
            if (input.category() == null) {
                violations.add(new ProblemException.Violation(
                        "category",
                        FieldCode.REQUIRED,
                        Text.of("is required without a subjectId", "is verplicht zonder subjectId")));
            } else if (policies.findByIdOptional(input.category()).isEmpty()) {
                violations.add(new ProblemException.Violation(
                        "category",
                        FieldCode.UNKNOWN_REFERENCE,
                        Text.of("no such retention category", "onbekende bewaarcategorie")));
            }
            if (input.recordKey() == null || input.recordKey().isBlank()) {
                violations.add(new ProblemException.Violation(
                        "recordKey",
                        FieldCode.REQUIRED,
                        Text.of("is required without a subjectId", "is verplicht zonder subjectId")));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static AuditDetails details(LegalHold hold) {
        AuditDetails details = AuditDetails.id("hold", hold.id);
        return hold.category == null ? details : details.withCodes("category", List.of(hold.category));
    }
}
