package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.MailContent;
import nl.werkbank.notification.Outbox;
import nl.werkbank.privacy.RecipientNotices;
import nl.werkbank.privacy.erasure.ErasureService;
import nl.werkbank.subject.MailAddress;
import nl.werkbank.subject.SubjectService;

/**
 * Data-subject requests (D-1, D-2, D-3, D-4, D-5, D-6, D-7), of account holders and, once
 * confirmed, by e-mail ({@link PrivacyRequestsByEmail}). Access, portability, erasure, restriction
 * and its end are carried out at once; objection and rectification wait for the privacy officer, who can extend the deadline (Art. 12(3)), complete or reject them. Every step is in the
 * request's history and in the audit log, in the transaction of the step itself.
 */
@ApplicationScoped
public class PrivacyRequestService {

    private final PrivacyRequestRepository requests;
    private final PrivacyRequestStepRepository steps;
    private final PrivacyExportRepository exports;
    private final PrivacyRequestAccess access;
    private final ExportArchive archive;
    private final Audit audit;
    private final Outbox outbox;
    private final SubjectService subjects;
    private final ErasureService erasure;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;
    private final RecipientNotices notices;
    private final PrivacyRequestScopes scopes;
    private final PrivacyRequestTokenRepository tokens;

    PrivacyRequestService(
            PrivacyRequestRepository requests,
            PrivacyRequestStepRepository steps,
            PrivacyExportRepository exports,
            PrivacyRequestAccess access,
            ExportArchive archive,
            Audit audit,
            Outbox outbox,
            SubjectService subjects,
            ErasureService erasure,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock,
            RecipientNotices notices,
            PrivacyRequestScopes scopes,
            PrivacyRequestTokenRepository tokens) {
        this.requests = requests;
        this.steps = steps;
        this.exports = exports;
        this.access = access;
        this.archive = archive;
        this.audit = audit;
        this.outbox = outbox;
        this.subjects = subjects;
        this.erasure = erasure;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
        this.notices = notices;
        this.scopes = scopes;
        this.tokens = tokens;
    }

    /** The archive of an access or portability request on its way to its owner. */
    public record ExportDownload(String fileName, byte[] content) {}

    @Transactional
    public PrivacyRequestView file(Caller caller, PrivacyRequestInput input) {
        UUID subjectId = caller.subjectId();
        PrivacyRequest request =
                newRequest(subjectId, input.type(), input.details(), RequestStatus.RECEIVED, clock.instant());
        requests.persist(request);
        step(audit.actorOf(caller), request, RequestEvent.RECEIVED, null);
        return proceed(request, List.of(subjectId));
    }

    PrivacyRequest newRequest(UUID subjectId, RequestType type, String details, RequestStatus status, Instant now) {
        PrivacyRequest request = new PrivacyRequest();
        request.id = UUID.randomUUID();
        request.subjectId = subjectId;
        request.type = type;
        request.status = status;
        request.details = details == null || details.isBlank() ? null : details.strip();
        request.receivedAt = now;
        request.dueAt = PrivacyRequest.dueAt(now, 0);
        return request;
    }

    /**
     * D-1, D-2: a received request is carried out at once where the platform can (access and
     * portability, restriction and its end, and erasure of people without an account); the others
     * wait for the privacy officer. {@code covered} are the subjects the request is about: the
     * account holder, or the e-mail identities tied to the confirmed address (none: nothing held).
     */
    PrivacyRequestView proceed(PrivacyRequest request, List<UUID> covered) {
        if (covered.isEmpty()) {
            step(AuditActor.system(), request, RequestEvent.NOTHING_HELD, null);
            return completeAutomatically(request);
        }
        return switch (request.type) {
            case ACCESS, PORTABILITY -> export(request, covered);
            case RESTRICTION -> restrict(request, covered);
            case LIFT_RESTRICTION -> lift(request, covered);
            case ERASURE -> {
                if (covered.stream().anyMatch(erasure::isHeld)) {
                    yield keepForLegalClaim(request);
                }
                yield request.isByEmail() ? eraseEmailIdentities(request, covered) : eraseAccount(request);
            }
            case OBJECTION, RECTIFICATION -> handToOfficer(request);
        };
    }

    /**
     * T-5, Art. 17(3)(e): a legal hold keeps (part of) the data for a legal claim, so the erasure
     * is not carried out automatically. The request goes to the privacy officer, who tells the
     * person within the deadline what is kept and why (rejecting, or erasing once the hold ends);
     * nothing is erased meanwhile, and the person's history says so.
     */
    private PrivacyRequestView keepForLegalClaim(PrivacyRequest request) {
        request.status = RequestStatus.IN_PROGRESS;
        step(AuditActor.system(), request, RequestEvent.ERASURE_HELD_FOR_LEGAL_CLAIM, null);
        return view(request);
    }

    private PrivacyRequestView handToOfficer(PrivacyRequest request) {
        request.status = RequestStatus.IN_PROGRESS;
        step(AuditActor.system(), request, RequestEvent.HANDED_TO_PRIVACY_OFFICER, null);
        return view(request);
    }

    private PrivacyRequestView completeAutomatically(PrivacyRequest request) {
        close(request, RequestStatus.COMPLETED, clock.instant());
        step(AuditActor.system(), request, RequestEvent.COMPLETED_AUTOMATICALLY, null);
        return view(request);
    }

    /** D-3: one archive of everything about the covered subjects (and the requester's own requests). */
    private PrivacyRequestView export(PrivacyRequest request, List<UUID> covered) {
        Instant now = clock.instant();
        List<UUID> exported = Stream.concat(Stream.of(request.subjectId), covered.stream())
                .distinct()
                .toList();
        ExportArchive.Built built = archive.build(exported);
        PrivacyExport export = new PrivacyExport();
        export.requestId = request.id;
        export.subjectId = request.subjectId;
        export.fileName = ExportArchive.FILE_NAME;
        export.content = built.archive();
        export.createdAt = now;
        export.expiresAt = now.plus(PrivacyExport.KEPT);
        exports.persist(export);
        step(AuditActor.system(), request, RequestEvent.EXPORT_READY, null);
        if (request.isByEmail()) {
            String token = issueToken(request, PrivacyRequestToken.Purpose.DOWNLOAD, export.expiresAt);
            mail(request, new PrivacyRequestMails.ExportReadyByLink(token, localDate(export.expiresAt)));
        } else {
            mail(request, new PrivacyRequestMails.ExportReady(request.id, localDate(export.expiresAt)));
        }
        return completeAutomatically(request).withExportPassword(built.password());
    }

    /** D-5: the covered subjects are restricted, everyone who received their data is told (Art. 19). */
    private PrivacyRequestView restrict(PrivacyRequest request, List<UUID> covered) {
        for (UUID subjectId : covered) {
            subjects.restrict(subjectId);
            notices.notifyRestriction(subjectId);
            auditCovered(request, subjectId, AuditAction.SUBJECT_RESTRICTED);
        }
        step(AuditActor.system(), request, RequestEvent.RESTRICTED, null);
        mail(request, new PrivacyRequestMails.RestrictionInForce());
        return completeAutomatically(request);
    }

    /** D-5, Art. 18(3): the subject is told first (the mail is queued while still restricted), then it ends. */
    private PrivacyRequestView lift(PrivacyRequest request, List<UUID> covered) {
        List<UUID> restricted = covered.stream().filter(subjects::isRestricted).toList();
        if (restricted.isEmpty()) {
            step(AuditActor.system(), request, RequestEvent.NOT_RESTRICTED, null);
            return completeAutomatically(request);
        }
        mail(request, new PrivacyRequestMails.RestrictionEnding());
        step(AuditActor.system(), request, RequestEvent.RESTRICTION_LIFT_ANNOUNCED, null);
        for (UUID subjectId : restricted) {
            subjects.lift(subjectId);
            auditCovered(request, subjectId, AuditAction.SUBJECT_RESTRICTION_LIFTED);
        }
        step(AuditActor.system(), request, RequestEvent.RESTRICTION_LIFTED, null);
        return completeAutomatically(request);
    }

    /**
     * D-4: an account holder's erasure is carried out at once. The request is completed first, so
     * its history and audit entries name the subject while it exists; erasure then keeps the
     * request as proof without the subject (PrivacyRequestDataHandler). No mail: it would put the
     * address back in the outbox; the answer is the confirmation.
     */
    private PrivacyRequestView eraseAccount(PrivacyRequest request) {
        PrivacyRequestView done = completeAutomatically(request);
        requests.flush();
        erasure.erase(request.subjectId, AuditActor.subject(request.subjectId), AuditDetails.id("request", request.id));
        return done;
    }

    /**
     * D-1, D-4: erasure of the e-mail identities tied to a confirmed address; ErasureService tells
     * the recipients of their data (Art. 19) and audits each erasure.
     */
    private PrivacyRequestView eraseEmailIdentities(PrivacyRequest request, List<UUID> covered) {
        covered.forEach(
                subjectId -> erasure.erase(subjectId, AuditActor.system(), AuditDetails.id("request", request.id)));
        step(AuditActor.system(), request, RequestEvent.ERASED, null);
        return completeAutomatically(request);
    }

    /** A request by e-mail acts on subjects other than its requester: each gets its own entry. */
    private void auditCovered(PrivacyRequest request, UUID subjectId, AuditAction action) {
        if (!subjectId.equals(request.subjectId)) {
            audit.append(AuditActor.system(), action, subjectId, AuditDetails.id("request", request.id));
        }
    }

    String issueToken(PrivacyRequest request, PrivacyRequestToken.Purpose purpose, Instant expiresAt) {
        String token = CapabilityTokens.newToken();
        PrivacyRequestToken stored = new PrivacyRequestToken();
        stored.tokenHash = CapabilityTokens.hash(token);
        stored.requestId = request.id;
        stored.purpose = purpose;
        stored.createdAt = clock.instant();
        stored.expiresAt = expiresAt;
        tokens.persist(stored);
        return token;
    }

    /** The caller's own requests, newest first. */
    @Transactional
    public PrivacyRequestPage mine(Caller caller, String cursor, Integer limit) {
        UUID subjectId = caller.subjectId();
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<PrivacyRequest> page = Page.of(
                requests.pageOfSubject(
                        subjectId, before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size),
                size,
                r -> KeysetCursor.after(r.receivedAt, r.id));
        List<PrivacyRequestView> items = views(page.items());
        return new PrivacyRequestPage(items, page.nextCursor());
    }

    @Transactional
    public PrivacyRequestView get(Caller caller, UUID id) {
        PrivacyRequest request = access.requireOwn(caller, requests.findById(id));
        return view(request);
    }

    /** D-3: the archive, to its owner only, while it is kept. */
    @Transactional
    public ExportDownload download(Caller caller, UUID id) {
        PrivacyRequest request = access.requireOwn(caller, requests.findById(id));
        PrivacyExport export = exports.unexpired(request.id, clock.instant())
                .orElseThrow(() -> ProblemException.notFound("This request has no archive, or it has expired."));
        audit.append(
                caller,
                AuditAction.PRIVACY_EXPORT_DOWNLOADED,
                request.subjectId,
                AuditDetails.id("request", request.id));
        return new ExportDownload(export.fileName, export.content);
    }

    /** D-2: the open requests, the earliest deadline first, overdue ones flagged. */
    @Transactional
    public PrivacyRequestQueue queue(Caller caller, String cursor, Integer limit) {
        access.requireCanWorkQueue(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<PrivacyRequest> page = Page.of(
                requests.openByDeadline(after.map(KeysetCursor::instantKey), after.map(KeysetCursor::id), size),
                size,
                r -> KeysetCursor.after(r.dueAt, r.id));
        List<PrivacyRequestView> views = views(page.items());
        Map<UUID, List<UUID>> scope =
                scopes.of(page.items().stream().map(r -> r.id).toList());
        List<QueuedRequest> items = IntStream.range(0, views.size())
                .mapToObj(i -> {
                    PrivacyRequest request = page.items().get(i);
                    List<UUID> covered = request.isByEmail()
                            ? scope.getOrDefault(request.id, List.of())
                            : List.of(request.subjectId);
                    return new QueuedRequest(request.subjectId, covered, views.get(i));
                })
                .toList();
        return new PrivacyRequestQueue(items, page.nextCursor());
    }

    /** Art. 12(3): at most two months more in all, with a reason the subject is told. */
    @Transactional
    public QueuedRequest extend(Caller caller, UUID id, ExtensionInput input) {
        access.requireCanWorkQueue(caller);
        PrivacyRequest request = open(id);
        if (request.extensionMonths + input.months() > PrivacyRequest.MAX_EXTENSION_MONTHS) {
            throw ProblemException.invalid(
                    "months",
                    FieldCode.RANGE,
                    Text.of(
                            "extends the deadline by more than two months in all (already " + request.extensionMonths
                                    + ")",
                            "verlengt de termijn met meer dan twee maanden in totaal (al " + request.extensionMonths
                                    + ")"));
        }
        request.extensionMonths += input.months();
        request.dueAt = PrivacyRequest.dueAt(request.receivedAt, request.extensionMonths);
        request.status = RequestStatus.IN_PROGRESS;
        String reason = input.reason().strip();
        step(audit.actorOf(caller), request, RequestEvent.EXTENDED, reason);
        mail(
                request,
                new PrivacyRequestMails.Extended(
                        PrivacyRequestMails.pageOf(request), localDate(request.dueAt), reason));
        return queued(request);
    }

    /** The privacy officer carried the request out. */
    @Transactional
    public QueuedRequest complete(Caller caller, UUID id) {
        access.requireCanWorkQueue(caller);
        PrivacyRequest request = open(id);
        if (request.type == RequestType.RECTIFICATION) {
            int notified = 0;
            for (UUID subjectId : coveredBy(request)) {
                notified += notices.notifyRectification(subjectId);
            }
            if (notified > 0) {
                step(AuditActor.system(), request, RequestEvent.RECIPIENTS_TOLD_OF_CORRECTION, null);
            }
        }
        close(request, RequestStatus.COMPLETED, clock.instant());
        step(audit.actorOf(caller), request, RequestEvent.COMPLETED, null);
        return queued(request);
    }

    /** Art. 12(4): a rejection with its reason, told to the subject with where to complain. */
    @Transactional
    public QueuedRequest reject(Caller caller, UUID id, RejectionInput input) {
        access.requireCanWorkQueue(caller);
        PrivacyRequest request = open(id);
        String reason = input.reason().strip();
        request.rejectionReason = reason;
        close(request, RequestStatus.REJECTED, clock.instant());
        step(audit.actorOf(caller), request, RequestEvent.REJECTED, reason);
        mail(
                request,
                new PrivacyRequestMails.Rejected(PrivacyRequestMails.pageOf(request), reason, config.privacyContact()));
        return queued(request);
    }

    /**
     * T-1 export-archive: archives created before the cutoff, by request id after {@code after}
     * (null: from the first); each as its request id and subject.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map.Entry<UUID, UUID>> exportsCreatedBefore(Instant cutoff, UUID after, int limit) {
        return exports.createdBefore(cutoff, after, limit);
    }

    /**
     * D-3, T-1: deletes these requests' archives; the history says when one went. One deleted
     * before is left alone. Returns how many were deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteExports(List<UUID> requestIds) {
        int deleted = 0;
        for (UUID requestId : requestIds) {
            if (exports.deleteById(requestId)) {
                step(AuditActor.system(), requests.findById(requestId), RequestEvent.EXPORT_EXPIRED, null);
                deleted++;
            }
        }
        return deleted;
    }

    /** T-1 {@code privacy-request-audit}: a closed request and the subject it was about (null once erased). */
    public record ClosedRequest(UUID id, UUID subjectId) {}

    /**
     * T-1 {@code privacy-request-audit}: requests closed (completed or rejected) at or before the
     * cutoff, with ids after {@code after} (null: from the first), in id order, at most {@code limit}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ClosedRequest> closedBefore(Instant cutoff, String after, int limit) {
        return requests.closedBefore(cutoff, after, limit).stream()
                .map(row -> new ClosedRequest((UUID) row[0], (UUID) row[1]))
                .toList();
    }

    /**
     * T-1 {@code privacy-request-audit}: deletes these closed requests with their steps, scopes,
     * tokens and export archives; open ones and ids that are gone are left alone. The audit log's
     * entries about them stay: they hold no personal data, and the log is append-only by design.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteClosed(List<UUID> ids) {
        return requests.deleteClosed(ids);
    }

    /** Locked, so that two officers acting on one request at once close it once (D-2). */
    private PrivacyRequest open(UUID id) {
        PrivacyRequest request = requests.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(PrivacyRequestAccess::notFound);
        if (!request.status.isOpen()) {
            throw ProblemException.conflict(
                    "This request is already " + request.status.name().toLowerCase() + ".");
        }
        return request;
    }

    private void close(PrivacyRequest request, RequestStatus status, Instant now) {
        request.status = status;
        request.closedAt = now;
    }

    /** Whose data the request is about: the account holder, or the e-mail identities of a confirmed address. */
    private List<UUID> coveredBy(PrivacyRequest request) {
        if (!request.isByEmail()) {
            return List.of(request.subjectId);
        }
        return scopes.of(List.of(request.id)).getOrDefault(request.id, List.of());
    }

    void step(AuditActor actor, PrivacyRequest request, RequestEvent event, String reason) {
        PrivacyRequestStep step = new PrivacyRequestStep();
        step.id = UUID.randomUUID();
        step.requestId = request.id;
        step.occurredAt = clock.instant();
        step.event = event;
        step.status = request.status;
        step.reason = reason;
        steps.persist(step);
        audit.append(
                actor,
                event.audited(),
                request.subjectId,
                AuditDetails.id("request", request.id).withCode("type", request.type));
    }

    /** To the account holder's address, or to the confirmed address of a request by e-mail. */
    void mail(PrivacyRequest request, MailContent content) {
        Optional<MailAddress> address = request.isByEmail()
                ? Optional.of(new MailAddress(request.requesterEmail, subjects.languageOf(request.subjectId)))
                : subjects.mailAddressOf(request.subjectId);
        address.ifPresent(to -> outbox.enqueue(new Mail(request.subjectId, to.email(), to.language(), content)));
    }

    private QueuedRequest queued(PrivacyRequest request) {
        return new QueuedRequest(request.subjectId, coveredBy(request), view(request));
    }

    PrivacyRequestView view(PrivacyRequest request) {
        return views(List.of(request)).getFirst();
    }

    private List<PrivacyRequestView> views(List<PrivacyRequest> page) {
        List<UUID> ids = page.stream().map(r -> r.id).toList();
        Map<UUID, List<PrivacyRequestStep>> history = steps.historyOf(ids);
        Map<UUID, Instant> expiry = exports.expiryOf(ids);
        Instant now = clock.instant();
        return page.stream()
                .map(r -> PrivacyRequestView.of(
                        r,
                        history.getOrDefault(r.id, List.of()),
                        Optional.ofNullable(expiry.get(r.id))
                                .filter(now::isBefore)
                                .orElse(null),
                        now))
                .toList();
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(PrivacyRequest.DEADLINE_ZONE).toLocalDate();
    }
}
