package nl.werkbank.privacy.breach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Language;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.subject.MailAddress;
import nl.werkbank.subject.SubjectService;

/**
 * The data-breach register (D-9): the privacy officer records incidents, decides on notifying
 * the Autoriteit Persoonsgegevens within 72 hours of discovery (Art. 33), and tells affected
 * subjects of high-risk incidents through the outbox (Art. 34). Every change is audited.
 */
@ApplicationScoped
public class BreachService {

    private static final Text NOT_IN_FUTURE = Text.of("must not be in the future", "mag niet in de toekomst liggen");
    private static final Text NOT_HERE = Text.of("must be absent for this decision", "hoort niet bij dit besluit");

    private final BreachRepository breaches;
    private final BreachAccess access;
    private final Audit audit;
    private final Outbox outbox;
    private final SubjectService subjects;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;

    BreachService(
            BreachRepository breaches,
            BreachAccess access,
            Audit audit,
            Outbox outbox,
            SubjectService subjects,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock) {
        this.breaches = breaches;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.subjects = subjects;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public BreachView record(Caller caller, BreachInput input) {
        access.requireCanKeepRegister(caller);
        Instant now = clock.instant();
        requireConsistent(input, now);
        Breach breach = new Breach();
        breach.id = UUID.randomUUID();
        breach.recordedAt = now;
        apply(breach, input, now);
        breaches.persist(breach);
        audit.append(caller, AuditAction.BREACH_RECORDED, null, detailsOf(breach));
        return BreachView.of(breach, now);
    }

    @Transactional
    public BreachView update(Caller caller, UUID id, BreachInput input) {
        access.requireCanKeepRegister(caller);
        Breach breach = find(id);
        Instant now = clock.instant();
        requireConsistent(input, now);
        apply(breach, input, now);
        audit.append(caller, AuditAction.BREACH_UPDATED, null, detailsOf(breach));
        return BreachView.of(breach, now);
    }

    @Transactional
    public BreachView get(Caller caller, UUID id) {
        access.requireCanKeepRegister(caller);
        return BreachView.of(find(id), clock.instant());
    }

    /** Most recently discovered first. */
    @Transactional
    public BreachPage list(Caller caller, String cursor, Integer limit) {
        access.requireCanKeepRegister(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Instant now = clock.instant();
        Page<BreachView> page = Page.of(
                        breaches.page(before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size),
                        size,
                        b -> KeysetCursor.after(b.discoveredAt, b.id))
                .map(b -> BreachView.of(b, now));
        return new BreachPage(page.items(), page.nextCursor());
    }

    /**
     * Art. 34: each affected subject gets the notice in their own language. Subjects we hold
     * no mail address for are reported back, so the privacy officer can reach them otherwise.
     */
    @Transactional
    public BreachNoticeResult notifySubjects(Caller caller, UUID id, BreachNoticeInput input) {
        access.requireCanKeepRegister(caller);
        Breach breach = find(id);
        if (!breach.highRisk) {
            throw ProblemException.conflict(
                    "Only a high-risk incident is told to the affected subjects (Art. 34); mark it high-risk first.");
        }
        AuditActor actor = audit.actorOf(caller);
        int queued = 0;
        List<UUID> withoutAddress = new ArrayList<>();
        for (UUID subjectId : new LinkedHashSet<>(input.subjectIds())) {
            Optional<MailAddress> address = subjects.mailAddressOf(subjectId);
            if (address.isEmpty()) {
                withoutAddress.add(subjectId);
                audit.append(
                        actor, AuditAction.BREACH_SUBJECT_UNREACHABLE, subjectId, AuditDetails.id("breach", breach.id));
                continue;
            }
            UUID message = outbox.enqueue(new Mail(
                    subjectId,
                    address.get().email(),
                    address.get().language(),
                    new BreachMails.Notice(
                            address.get().language() == Language.nl
                                    ? input.explanation().nl().strip()
                                    : input.explanation().en().strip(),
                            breach.dataCategories.stream()
                                    .map(c -> BreachDataCategory.valueOf(c)
                                            .label()
                                            .in(address.get().language()))
                                    .collect(Collectors.joining(", ")),
                            config.privacyContact())));
            audit.append(
                    actor,
                    AuditAction.BREACH_SUBJECT_NOTIFIED,
                    subjectId,
                    AuditDetails.id("breach", breach.id).withId("message", message));
            queued++;
        }
        if (queued > 0) {
            breach.subjectsNotified += queued;
            breach.subjectsNotifiedAt = clock.instant();
        }
        return new BreachNoticeResult(queued, List.copyOf(withoutAddress));
    }

    private Breach find(UUID id) {
        return breaches.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No such incident."));
    }

    private static void apply(Breach breach, BreachInput input, Instant now) {
        breach.whatHappened = input.whatHappened().strip();
        breach.discoveredAt = input.discoveredAt();
        breach.dataCategories = input.dataCategories().stream()
                .distinct()
                .sorted()
                .map(Enum::name)
                .toList();
        breach.approximateSubjects = input.approximateSubjects();
        breach.likelyConsequences = input.likelyConsequences().strip();
        breach.measuresTaken = input.measuresTaken().strip();
        breach.highRisk = input.highRisk();
        breach.decision = input.decision();
        breach.authorityNotifiedAt = input.decision() == BreachDecision.NOTIFIED ? input.authorityNotifiedAt() : null;
        breach.delayReason = blankToNull(input.delayReason());
        breach.notNotifiableReason = blankToNull(input.notNotifiableReason());
        breach.updatedAt = now;
    }

    /** The rules between fields (S-2: all of them reported at once). */
    private static void requireConsistent(BreachInput input, Instant now) {
        List<ProblemException.Violation> violations = new ArrayList<>();
        if (input.discoveredAt().isAfter(now)) {
            violations.add(new ProblemException.Violation("discoveredAt", FieldCode.RANGE, NOT_IN_FUTURE));
        }
        Instant deadline = input.discoveredAt().plus(Breach.AUTHORITY_DEADLINE);
        boolean notified = input.decision() == BreachDecision.NOTIFIED;
        boolean late = false;
        if (notified && input.authorityNotifiedAt() == null) {
            violations.add(required("authorityNotifiedAt"));
        } else if (notified) {
            if (input.authorityNotifiedAt().isBefore(input.discoveredAt())) {
                violations.add(new ProblemException.Violation(
                        "authorityNotifiedAt",
                        FieldCode.RANGE,
                        Text.of("must not be before discoveredAt", "mag niet voor discoveredAt liggen")));
            } else if (input.authorityNotifiedAt().isAfter(now)) {
                violations.add(new ProblemException.Violation("authorityNotifiedAt", FieldCode.RANGE, NOT_IN_FUTURE));
            }
            late = input.authorityNotifiedAt().isAfter(deadline);
        } else if (input.authorityNotifiedAt() != null) {
            violations.add(notHere("authorityNotifiedAt"));
        }
        boolean hasDelayReason = blankToNull(input.delayReason()) != null;
        if (late && !hasDelayReason) {
            violations.add(new ProblemException.Violation(
                    "delayReason",
                    FieldCode.REQUIRED,
                    Text.of(
                            "is required: the authority was notified more than 72 hours after discovery",
                            "is verplicht: de melding aan de AP kwam later dan 72 uur na ontdekking")));
        } else if (!late && hasDelayReason) {
            violations.add(new ProblemException.Violation(
                    "delayReason",
                    FieldCode.NOT_ALLOWED,
                    Text.of(
                            "is only for a notification after the 72 hours",
                            "hoort alleen bij een melding na de 72 uur")));
        }
        boolean notNotifiable = input.decision() == BreachDecision.NOT_NOTIFIABLE;
        boolean hasReason = blankToNull(input.notNotifiableReason()) != null;
        if (notNotifiable && !hasReason) {
            violations.add(required("notNotifiableReason"));
        } else if (!notNotifiable && input.notNotifiableReason() != null) {
            violations.add(notHere("notNotifiableReason"));
        }
        if (notNotifiable && Boolean.TRUE.equals(input.highRisk())) {
            violations.add(new ProblemException.Violation(
                    "decision",
                    FieldCode.NOT_ALLOWED,
                    Text.of(
                            "a high-risk incident is always notifiable",
                            "een incident met een hoog risico moet altijd gemeld worden")));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static AuditDetails detailsOf(Breach breach) {
        return AuditDetails.id("breach", breach.id)
                .withCode("decision", breach.decision)
                .withCount("approximateSubjects", breach.approximateSubjects);
    }

    private static ProblemException.Violation required(String field) {
        return new ProblemException.Violation(field, FieldCode.REQUIRED, Text.of("is required", "is verplicht"));
    }

    private static ProblemException.Violation notHere(String field) {
        return new ProblemException.Violation(field, FieldCode.NOT_ALLOWED, NOT_HERE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
