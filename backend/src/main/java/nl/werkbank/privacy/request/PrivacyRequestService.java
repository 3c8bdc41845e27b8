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
import nl.werkbank.notification.MailContent;
import nl.werkbank.notification.Outbox;
import nl.werkbank.privacy.erasure.ErasureService;
import nl.werkbank.subject.MailAddress;
import nl.werkbank.subject.SubjectService;

/**
 * Data-subject requests of account holders (D-1, D-2, D-3, D-4, D-7). Access and portability are
 * answered at once with the encrypted export, erasure is carried out at once; every other type
 * waits for the privacy officer,
 * who can extend the deadline (Art. 12(3)), complete or reject it. Every step is in the
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
            Clock clock) {
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
    }

    /** The archive of an access or portability request on its way to its owner. */
    public record ExportDownload(String fileName, byte[] content) {}

    @Transactional
    public PrivacyRequestView file(Caller caller, PrivacyRequestInput input) {
        UUID subjectId = caller.subjectId();
        Instant now = clock.instant();
        PrivacyRequest request = new PrivacyRequest();
        request.id = UUID.randomUUID();
        request.subjectId = subjectId;
        request.type = input.type();
        request.status = RequestStatus.RECEIVED;
        request.details = input.details() == null || input.details().isBlank()
                ? null
                : input.details().strip();
        request.receivedAt = now;
        request.dueAt = PrivacyRequest.dueAt(now, 0);
        requests.persist(request);
        step(audit.actorOf(caller), request, RequestEvent.RECEIVED, null);

        if (request.type == RequestType.ERASURE) {
            return erase(caller, request, now);
        }
        if (!request.type.answeredByExport()) {
            request.status = RequestStatus.IN_PROGRESS;
            step(AuditActor.system(), request, RequestEvent.HANDED_TO_PRIVACY_OFFICER, null);
            return view(request, caller.language());
        }
        ExportArchive.Built built = archive.build(subjectId);
        PrivacyExport export = new PrivacyExport();
        export.requestId = request.id;
        export.subjectId = subjectId;
        export.fileName = ExportArchive.FILE_NAME;
        export.content = built.archive();
        export.createdAt = now;
        export.expiresAt = now.plus(PrivacyExport.KEPT);
        exports.persist(export);
        step(AuditActor.system(), request, RequestEvent.EXPORT_READY, null);
        close(request, RequestStatus.COMPLETED, now);
        step(AuditActor.system(), request, RequestEvent.COMPLETED_AUTOMATICALLY, null);
        mail(request, new PrivacyRequestMails.ExportReady(request.id, localDate(export.expiresAt)));
        return view(request, caller.language()).withExportPassword(built.password());
    }

    /**
     * D-4: an account holder's erasure is carried out at once. The request is completed first, so
     * its history and audit entries name the subject while it exists; erasure then keeps the
     * request as proof without the subject (PrivacyRequestDataHandler). No mail: it would put the
     * address back in the outbox; the answer is the confirmation.
     */
    private PrivacyRequestView erase(Caller caller, PrivacyRequest request, Instant now) {
        AuditActor actor = audit.actorOf(caller);
        close(request, RequestStatus.COMPLETED, now);
        step(AuditActor.system(), request, RequestEvent.COMPLETED_AUTOMATICALLY, null);
        requests.flush();
        erasure.erase(request.subjectId, actor);
        return view(request, caller.language());
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
        List<PrivacyRequestView> items = views(page.items(), caller.language());
        return new PrivacyRequestPage(items, page.nextCursor());
    }

    @Transactional
    public PrivacyRequestView get(Caller caller, UUID id) {
        PrivacyRequest request = access.requireOwn(caller, requests.findById(id));
        return view(request, caller.language());
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
        List<PrivacyRequestView> views = views(page.items(), caller.language());
        List<QueuedRequest> items = IntStream.range(0, views.size())
                .mapToObj(i -> new QueuedRequest(page.items().get(i).subjectId, views.get(i)))
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
        mail(request, new PrivacyRequestMails.Extended(request.id, localDate(request.dueAt), reason));
        return queued(request, caller.language());
    }

    /** The privacy officer carried the request out. */
    @Transactional
    public QueuedRequest complete(Caller caller, UUID id) {
        access.requireCanWorkQueue(caller);
        PrivacyRequest request = open(id);
        close(request, RequestStatus.COMPLETED, clock.instant());
        step(audit.actorOf(caller), request, RequestEvent.COMPLETED, null);
        return queued(request, caller.language());
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
        mail(request, new PrivacyRequestMails.Rejected(request.id, reason, config.privacyContact()));
        return queued(request, caller.language());
    }

    /** D-3: archives live 7 days; the history says when one went. Returns how many were deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteExpiredExports() {
        int deleted = 0;
        for (Object[] expired : exports.expired(clock.instant())) {
            UUID requestId = (UUID) expired[0];
            exports.deleteById(requestId);
            step(AuditActor.system(), requests.findById(requestId), RequestEvent.EXPORT_EXPIRED, null);
            deleted++;
        }
        return deleted;
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

    private void step(AuditActor actor, PrivacyRequest request, RequestEvent event, String reason) {
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

    private void mail(PrivacyRequest request, MailContent content) {
        Optional<MailAddress> address = subjects.mailAddressOf(request.subjectId);
        address.ifPresent(to -> outbox.enqueue(new Mail(request.subjectId, to.email(), to.language(), content)));
    }

    private QueuedRequest queued(PrivacyRequest request, Language language) {
        return new QueuedRequest(request.subjectId, view(request, language));
    }

    private PrivacyRequestView view(PrivacyRequest request, Language language) {
        return views(List.of(request), language).getFirst();
    }

    private List<PrivacyRequestView> views(List<PrivacyRequest> page, Language language) {
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
                        now,
                        language))
                .toList();
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(PrivacyRequest.DEADLINE_ZONE).toLocalDate();
    }
}
