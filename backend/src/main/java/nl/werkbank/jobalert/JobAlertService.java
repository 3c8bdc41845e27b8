package nl.werkbank.jobalert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.assignment.AssignmentViews.AssignmentSummary;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.ClusterLock;
import nl.werkbank.common.SubmissionLimits;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.consent.ConsentChanged;
import nl.werkbank.consent.ConsentChannel;
import nl.werkbank.consent.ConsentDecision;
import nl.werkbank.consent.ConsentService;
import nl.werkbank.jobalert.JobAlertViews.Confirmed;
import nl.werkbank.jobalert.JobAlertViews.JobAlertView;
import nl.werkbank.jobalert.JobAlertViews.SubscriptionReceived;
import nl.werkbank.jobalert.JobAlertViews.VisitorSubscription;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.MailLinks;
import nl.werkbank.notification.Outbox;
import nl.werkbank.profile.ProfileService;
import nl.werkbank.subject.MailAddress;
import nl.werkbank.subject.SubjectService;

/**
 * A-5, C-1, C-6: saved searches and their digests. Account holders save criteria in the app and
 * confirm by granting {@code job-alerts} with an address the identity provider verified;
 * visitors confirm by a mailed link (double opt-in). A digest goes at most once a day per
 * person, the first as soon as the scheduler runs after a matching publication (every minute).
 * The send rule checks consent again when the digest is sent (C-4).
 */
@ApplicationScoped
public class JobAlertService {

    /** At most this many assignments in one digest; the rest come in the next. */
    static final int DIGEST_SIZE = 20;

    private static final Duration DIGEST_INTERVAL = Duration.ofDays(1);
    private static final int BATCH = 200;

    private final JobAlertRepository alerts;
    private final JobAlertConfirmationRepository confirmations;
    private final ConsentService consents;
    private final AssignmentService assignments;
    private final ProfileService profiles;
    private final SubjectService subjects;
    private final SubmissionLimits submissionLimits;
    private final Outbox outbox;
    private final MailLinks mailLinks;
    private final ClusterLock lock;
    private final WerkbankConfig config;
    private final Clock clock;

    JobAlertService(
            JobAlertRepository alerts,
            JobAlertConfirmationRepository confirmations,
            ConsentService consents,
            AssignmentService assignments,
            ProfileService profiles,
            SubjectService subjects,
            SubmissionLimits submissionLimits,
            Outbox outbox,
            MailLinks mailLinks,
            ClusterLock lock,
            WerkbankConfig config,
            Clock clock) {
        this.alerts = alerts;
        this.confirmations = confirmations;
        this.consents = consents;
        this.assignments = assignments;
        this.profiles = profiles;
        this.subjects = subjects;
        this.submissionLimits = submissionLimits;
        this.outbox = outbox;
        this.mailLinks = mailLinks;
        this.lock = lock;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public JobAlertView mine(Caller caller) {
        UUID subjectId = caller.subjectId();
        return view(caller, subjectId, alerts.ofSubject(subjectId));
    }

    /** Saves the caller's criteria; mail follows only while job-alerts consent is granted. */
    @Transactional
    public JobAlertView save(Caller caller, JobAlertCriteria criteria) {
        UUID subjectId = caller.subjectId();
        Instant now = clock.instant();
        JobAlert alert = alerts.ofSubject(subjectId).orElseGet(() -> newAlert(subjectId, null, now));
        alert.criteria = criteria.normalised();
        alert.confirmedAt = alert.confirmedAt == null ? now : alert.confirmedAt;
        alert.updatedAt = now;
        subjects.recordMeaningfulContact(subjectId);
        return view(caller, subjectId, Optional.of(alert));
    }

    /**
     * A visitor asks for alerts: a confirmation link goes to the address, and nothing else until
     * it is used. The answer is the same whether we knew the address or not.
     */
    @Transactional
    public SubscriptionReceived subscribeVisitor(Caller caller, VisitorSubscription subscription) {
        if (caller.kind() == Caller.Kind.SERVICE) {
            throw ProblemException.forbidden("A machine client cannot subscribe to job alerts.");
        }
        String email = subscription.email().strip();
        submissionLimits.admit(caller.clientAddress(), email);
        Instant now = clock.instant();
        JobAlert alert = alerts.ofVisitorAddress(email).orElseGet(() -> {
            UUID subjectId = subjects.createEmailIdentity(caller.language());
            return newAlert(subjectId, email, now);
        });
        String token = CapabilityTokens.newToken();
        JobAlertConfirmation confirmation = new JobAlertConfirmation();
        confirmation.tokenHash = CapabilityTokens.hash(token);
        confirmation.alertId = alert.id;
        confirmation.subjectId = alert.subjectId;
        confirmation.criteria = subscription.criteria().normalised();
        confirmation.createdAt = now;
        confirmation.expiresAt = now.plus(config.submissions().verificationValidity());
        confirmations.persist(confirmation);
        outbox.enqueue(new Mail(
                alert.subjectId,
                email,
                caller.language(),
                new JobAlertMails.Confirm(
                        token, config.submissions().verificationValidity().toHours())));
        return new SubscriptionReceived(true);
    }

    /** The visitor's link: the address is confirmed, consent recorded, the criteria saved. */
    @Transactional
    public Confirmed confirm(String token) {
        Instant now = clock.instant();
        JobAlertConfirmation confirmation = confirmations
                .findByIdOptional(CapabilityTokens.hash(token))
                .filter(c -> c.expiresAt.isAfter(now))
                .filter(c -> confirmations.consume(c.tokenHash))
                .orElseThrow(() -> ProblemException.notFound("This link is not valid (any more)."));
        JobAlert alert = alerts.findByIdOptional(confirmation.alertId).orElseThrow();
        alert.criteria = confirmation.criteria;
        if (alert.confirmedAt == null) {
            alert.confirmedAt = now;
            alert.coveredUntil = now;
        }
        alert.updatedAt = now;
        consents.record(
                alert.subjectId, ConsentService.JOB_ALERTS, ConsentDecision.GRANTED, ConsentChannel.CONFIRMATION_LINK);
        subjects.recordMeaningfulContact(alert.subjectId);
        return new Confirmed(alert.criteria);
    }

    /**
     * Mails a digest to every subscriber with new matches who had none in the last day; the
     * scheduler calls it every minute. Returns how many digests were queued.
     */
    @Transactional
    public int sendDueDigests() {
        if (!lock.tryLock("job-alert-digests")) {
            return 0;
        }
        Optional<Instant> newest = assignments.newestPublication();
        if (newest.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int queued = 0;
        for (JobAlert alert : alerts.lockDue(now.minus(DIGEST_INTERVAL), newest.get(), BATCH)) {
            if (digest(alert, newest.get(), now)) {
                queued++;
            }
        }
        return queued;
    }

    /** Confirmation links past their validity are of no use to anyone. */
    @Transactional
    public long deleteExpiredConfirmations() {
        return confirmations.deleteExpired(clock.instant());
    }

    /**
     * T-1 unverified-submission: visitors' alerts never confirmed, created before the cutoff, by
     * id after {@code after}; each as its id and the subject made for the visitor.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map.Entry<UUID, UUID>> unconfirmedBefore(Instant cutoff, UUID after, int limit) {
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("cutoff", cutoff);
        String afterClause = "";
        if (after != null) {
            afterClause = " AND id > :after";
            parameters.and("after", after);
        }
        return alerts
                .find(
                        "confirmedAt IS NULL AND email IS NOT NULL AND createdAt <= :cutoff" + afterClause
                                + " ORDER BY id",
                        parameters)
                .page(0, limit)
                .list()
                .stream()
                .map(a -> Map.entry(a.id, a.subjectId))
                .toList();
    }

    /** T-1: a visitor who never confirmed is forgotten, with the subject made for them. Returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeUnconfirmed(List<UUID> alertIds) {
        int removed = 0;
        for (UUID id : alertIds) {
            JobAlert alert = alerts.findById(id);
            if (alert == null || alert.confirmedAt != null || alert.email == null) {
                continue;
            }
            subjects.forget(alert.subjectId);
            removed++;
        }
        return removed;
    }

    /**
     * Switching job alerts on without a saved search means every new assignment (no criteria match
     * all), from now on: an account holder's grant in the app is the confirmation (C-1). A visitor
     * who leaves job alerts leaves no address behind; account holders keep their criteria.
     */
    void onConsentChanged(@Observes ConsentChanged change) {
        if (!ConsentService.JOB_ALERTS.equals(change.purpose())) {
            return;
        }
        if (change.decision() == ConsentDecision.GRANTED) {
            if (alerts.ofSubject(change.subjectId()).isEmpty()) {
                Instant now = clock.instant();
                newAlert(change.subjectId(), null, now).confirmedAt = now;
            }
            return;
        }
        alerts.ofSubject(change.subjectId())
                .filter(alert -> alert.email != null)
                .ifPresent(alert -> {
                    confirmations.deleteForSubject(alert.subjectId);
                    alerts.delete(alert);
                });
    }

    private boolean digest(JobAlert alert, Instant newest, Instant now) {
        Optional<MailAddress> address = addressOf(alert);
        if (address.isEmpty() || !consents.allows(alert.subjectId, ConsentService.JOB_ALERTS)) {
            return false;
        }
        List<AssignmentSummary> matches =
                assignments.publishedAfter(alert.criteria.toSearch(), alert.coveredUntil, DIGEST_SIZE + 1);
        if (matches.isEmpty()) {
            alert.coveredUntil = newest;
            return false;
        }
        boolean more = matches.size() > DIGEST_SIZE;
        List<AssignmentSummary> included = more ? matches.subList(0, DIGEST_SIZE) : matches;
        alert.coveredUntil = more ? included.getLast().publishedAt() : newest;
        alert.lastDigestAt = now;
        List<JobAlertMails.Item> items = included.stream()
                .sorted(order(alert.subjectId))
                .map(a -> new JobAlertMails.Item(
                        a.title(), a.region(), mailLinks.to(alert.subjectId, "/assignments/" + a.id())))
                .toList();
        outbox.enqueue(new Mail(
                alert.subjectId,
                address.get().email(),
                address.get().language(),
                new JobAlertMails.Digest(items, more)));
        return true;
    }

    /**
     * C-6: newest first; with profiling consent, those sharing most skills with the person's
     * profile come first. Without it only their own criteria chose the assignments.
     */
    private Comparator<AssignmentSummary> order(UUID subjectId) {
        Comparator<AssignmentSummary> newestFirst =
                Comparator.comparing(AssignmentSummary::publishedAt).reversed();
        if (!consents.allows(subjectId, ConsentService.PROFILING)) {
            return newestFirst;
        }
        Set<String> skills = new HashSet<>(profiles.skillsForRanking(subjectId));
        Comparator<AssignmentSummary> bySharedSkills = Comparator.comparingLong(
                a -> -a.skills().stream().filter(skills::contains).count());
        return bySharedSkills.thenComparing(newestFirst);
    }

    private Optional<MailAddress> addressOf(JobAlert alert) {
        if (alert.email != null) {
            return Optional.of(new MailAddress(alert.email, subjects.languageOf(alert.subjectId)));
        }
        return subjects.mailAddressOf(alert.subjectId);
    }

    private JobAlert newAlert(UUID subjectId, String email, Instant now) {
        JobAlert alert = new JobAlert();
        alert.id = UUID.randomUUID();
        alert.subjectId = subjectId;
        alert.email = email;
        alert.criteria = new JobAlertCriteria(null, List.of(), null, null, null);
        alert.coveredUntil = now;
        alert.createdAt = now;
        alert.updatedAt = now;
        alerts.persist(alert);
        return alert;
    }

    private JobAlertView view(Caller caller, UUID subjectId, Optional<JobAlert> alert) {
        Optional<ConsentDecision> consent = consents.current(subjectId, ConsentService.JOB_ALERTS);
        Optional<String> email = caller.verifiedEmail();
        boolean active =
                alert.isPresent() && email.isPresent() && consents.allows(subjectId, ConsentService.JOB_ALERTS);
        return new JobAlertView(
                alert.map(a -> a.criteria).orElse(null), consent.orElse(null), email.orElse(null), active);
    }
}
