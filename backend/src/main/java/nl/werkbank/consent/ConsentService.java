package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Language;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.consent.ConsentViews.ConsentEventView;
import nl.werkbank.consent.ConsentViews.ConsentHistory;
import nl.werkbank.consent.ConsentViews.ConsentInput;
import nl.werkbank.consent.ConsentViews.ConsentOverview;
import nl.werkbank.consent.ConsentViews.PurposeConsent;

/**
 * C-1, C-2, C-5: purposes, the append-only history of decisions and the state derived from it.
 * The current state of a purpose is its newest decision; nothing is ever updated.
 *
 * <p>C-3, decided: after a material change of the privacy notice, a consent given under an older
 * version still stands until the person answers, and is flagged {@code needsConfirmation} so the
 * app asks at the next login. The purposes themselves did not change (a purpose's meaning never
 * changes under its id), so what the person agreed to is still what we do; stopping their mail
 * without their choosing would be a decision they did not take. Confirming records a new grant
 * under the new version; withdrawing stops the purpose at once, also for mail already queued.
 */
@ApplicationScoped
public class ConsentService {

    public static final String JOB_ALERTS = "job-alerts";
    public static final String PROFILING = "profiling";

    private final ConsentPurposeRepository purposes;
    private final ConsentEventRepository events;
    private final PrivacyNoticeRepository notices;
    private final PageLimit pageLimit;
    private final Clock clock;
    private final Event<ConsentChanged> changed;

    ConsentService(
            ConsentPurposeRepository purposes,
            ConsentEventRepository events,
            PrivacyNoticeRepository notices,
            PageLimit pageLimit,
            Clock clock,
            Event<ConsentChanged> changed) {
        this.purposes = purposes;
        this.events = events;
        this.notices = notices;
        this.pageLimit = pageLimit;
        this.clock = clock;
        this.changed = changed;
    }

    /** Every purpose with its basis and the caller's state, and their history newest first. */
    @Transactional
    public ConsentOverview overview(Caller caller, String cursor, Integer limit) {
        UUID subjectId = caller.subjectId();
        Language language = caller.language();
        Instant now = clock.instant();
        Map<String, ConsentEvent> latest = events.latestPerPurpose(subjectId);
        Optional<Integer> material = notices.latestMaterialVersion(now);
        var states = purposes.inOrder().stream()
                .map(purpose -> stateOf(purpose, latest.get(purpose.id), material, language))
                .toList();
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<ConsentEventView> history = Page.of(
                        events.history(subjectId, before, size), size, e -> KeysetCursor.after(e.recordedAt, e.id))
                .map(ConsentEventView::of);
        return new ConsentOverview(
                states,
                currentNoticeVersion(now),
                states.stream().anyMatch(PurposeConsent::needsConfirmation),
                new ConsentHistory(history.items(), history.nextCursor()));
    }

    /** A decision of the caller's own, from a form of the app. */
    @Transactional
    public ConsentEventView decide(Caller caller, ConsentInput input) {
        ConsentPurpose purpose = purposes.findByIdOptional(input.purpose())
                .orElseThrow(() -> ProblemException.invalid(
                        "purpose",
                        FieldCode.UNKNOWN_REFERENCE,
                        Text.of("is not a purpose we process for", "is geen doel waarvoor wij verwerken")));
        ConsentDecision decision = input.decided();
        if (!purpose.refusable) {
            throw ProblemException.conflict("This purpose ("
                    + purpose.id
                    + ") rests on "
                    + purpose.legalBasis
                    + ", not on consent: there is nothing to grant, withdraw or object to.");
        }
        if (decision == ConsentDecision.OBJECTED && !purpose.objectable()) {
            throw ProblemException.conflict("An objection applies to legitimate interest and direct marketing;"
                    + " withdraw your consent for " + purpose.id + " instead.");
        }
        if (decision == ConsentDecision.GRANTED
                && purpose.directMarketing
                && caller.verifiedEmail().isEmpty()) {
            throw ProblemException.conflict("Mail for " + purpose.id + " needs an e-mail address that the identity"
                    + " provider has verified; verify it there first.");
        }
        UUID subjectId = caller.subjectId();
        return ConsentEventView.of(record(subjectId, purpose.id, decision, input.channel()));
    }

    /**
     * Records a decision that reached us another way (a confirmation link, an unsubscribe link);
     * inside the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentEvent record(UUID subjectId, String purpose, ConsentDecision decision, ConsentChannel channel) {
        ConsentEvent event = new ConsentEvent();
        event.id = UUID.randomUUID();
        event.subjectId = subjectId;
        event.purpose = purpose;
        event.decision = decision;
        event.channel = channel;
        event.recordedAt = clock.instant();
        event.noticeVersion = currentNoticeVersion(event.recordedAt);
        events.persist(event);
        changed.fire(new ConsentChanged(subjectId, purpose, decision));
        return event;
    }

    /** C-4: whether processing for the purpose may go on for the subject now; unknown purposes never may. */
    @Transactional
    public boolean allows(UUID subjectId, String purpose) {
        return purposes.findByIdOptional(purpose)
                .map(p -> p.allows(
                        events.latest(subjectId, purpose).map(e -> e.decision).orElse(null)))
                .orElse(false);
    }

    /** The newest decision of the subject about the purpose, if any. */
    @Transactional
    public Optional<ConsentDecision> current(UUID subjectId, String purpose) {
        return events.latest(subjectId, purpose).map(e -> e.decision);
    }

    /** Whether the person may refuse the purpose (and mail for it carries an unsubscribe, C-4). */
    @Transactional
    public boolean isRefusable(String purpose) {
        return purposes.findByIdOptional(purpose).map(p -> p.refusable).orElse(false);
    }

    @Transactional
    public Optional<String> nameOf(String purpose, Language language) {
        return purposes.findByIdOptional(purpose).map(p -> p.name(language));
    }

    /** How a person leaves a purpose through an unsubscribe link: consent is withdrawn, anything else objected to. */
    @Transactional
    public Optional<ConsentDecision> refusalOf(String purpose) {
        return purposes.findByIdOptional(purpose)
                .filter(p -> p.refusable)
                .map(p -> p.legalBasis == LegalBasis.CONSENT ? ConsentDecision.WITHDRAWN : ConsentDecision.OBJECTED);
    }

    private int currentNoticeVersion(Instant now) {
        return notices.current(now)
                .map(notice -> notice.version)
                .orElseThrow(() -> new IllegalStateException("No privacy notice in force"));
    }

    private static PurposeConsent stateOf(
            ConsentPurpose purpose, ConsentEvent latest, Optional<Integer> materialVersion, Language language) {
        ConsentDecision state = latest == null ? null : latest.decision;
        boolean needsConfirmation = state == ConsentDecision.GRANTED
                && materialVersion.map(v -> latest.noticeVersion < v).orElse(false);
        return new PurposeConsent(
                purpose.id,
                purpose.name(language),
                purpose.explanation(language),
                purpose.legalBasis,
                purpose.refusable,
                purpose.directMarketing,
                state,
                purpose.allows(state),
                latest == null ? null : latest.noticeVersion,
                latest == null ? null : latest.recordedAt,
                needsConfirmation);
    }
}
