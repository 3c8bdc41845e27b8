package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.SubmissionLimits;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.subject.SubjectService;

/**
 * D-1, D-2: requests of people without an account, by e-mail verification.
 *
 * <p>Asking does the same work for every address: no lookup, a requester subject, the request
 * AWAITING_VERIFICATION and the same confirmation mail; so the answer, its body and its timing
 * say nothing about whether we know the address. Only the holder of the address, by the
 * single-use link, learns what we keep for it: at confirmation the request covers the subjects
 * without an account that a feature knows by that address (an account's data never), and
 * proceeds like any other request; with nothing held, it is completed saying so.
 */
@ApplicationScoped
public class PrivacyRequestsByEmail {

    /** Long enough to follow the request to its latest possible deadline (one month plus two) and read the outcome. */
    static final Duration STATUS_TOKEN_VALIDITY = Duration.ofDays(125);

    private final PrivacyRequestService service;
    private final PrivacyRequestRepository requests;
    private final PrivacyRequestTokenRepository tokens;
    private final PrivacyRequestScopes scopes;
    private final PrivacyExportRepository exports;
    private final SubjectService subjects;
    private final SubmissionLimits limits;
    private final Outbox outbox;
    private final Audit audit;
    private final WerkbankConfig config;
    private final Clock clock;

    PrivacyRequestsByEmail(
            PrivacyRequestService service,
            PrivacyRequestRepository requests,
            PrivacyRequestTokenRepository tokens,
            PrivacyRequestScopes scopes,
            PrivacyExportRepository exports,
            SubjectService subjects,
            SubmissionLimits limits,
            Outbox outbox,
            Audit audit,
            WerkbankConfig config,
            Clock clock) {
        this.service = service;
        this.requests = requests;
        this.tokens = tokens;
        this.scopes = scopes;
        this.exports = exports;
        this.subjects = subjects;
        this.limits = limits;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** The one answer to every request by e-mail. */
    static final PrivacyRequestByEmailReceipt RECEIPT =
            new PrivacyRequestByEmailReceipt(RequestStatus.AWAITING_VERIFICATION);

    @Transactional
    public PrivacyRequestByEmailReceipt submit(Caller caller, PrivacyRequestByEmailInput input) {
        String email = input.email().strip();
        limits.admit(caller.clientAddress(), email);
        Instant now = clock.instant();
        Duration validity = config.submissions().verificationValidity();
        UUID requester = subjects.createEmailIdentity(caller.language());
        PrivacyRequest request =
                service.newRequest(requester, input.type(), input.details(), RequestStatus.AWAITING_VERIFICATION, now);
        request.requesterEmail = email;
        requests.persist(request);
        service.step(AuditActor.subject(requester), request, RequestEvent.AWAITING_CONFIRMATION, null);
        String token = service.issueToken(request, PrivacyRequestToken.Purpose.CONFIRM, now.plus(validity));
        outbox.enqueue(new Mail(
                requester,
                email,
                caller.language(),
                new PrivacyRequestMails.Confirm(request.type, token, validity.toHours())));
        return RECEIPT;
    }

    /**
     * The single-use link: of two confirmations at once, one starts the request and the other
     * finds the link used. The deadline runs from here (Art. 12(3)).
     */
    @Transactional
    public PrivacyRequestConfirmed confirm(Caller caller, String token) {
        Instant now = clock.instant();
        UUID requestId = tokens.useConfirmation(token, now)
                .orElseThrow(() -> ProblemException.notFound("This link is not valid (any more)."));
        PrivacyRequest request = requests.findById(requestId);
        request.status = RequestStatus.RECEIVED;
        request.receivedAt = now;
        request.dueAt = PrivacyRequest.dueAt(now, 0);
        service.step(AuditActor.subject(request.subjectId), request, RequestEvent.CONFIRMED, null);
        subjects.recordMeaningfulContact(request.subjectId);
        List<UUID> covered = subjects.emailIdentitiesWith(request.requesterEmail).stream()
                .sorted()
                .toList();
        scopes.record(request.id, covered);
        String statusToken =
                service.issueToken(request, PrivacyRequestToken.Purpose.STATUS, now.plus(STATUS_TOKEN_VALIDITY));
        PrivacyRequestView view = service.proceed(request, covered);
        return new PrivacyRequestConfirmed(view, statusToken);
    }

    /** D-2: where the request stands, to the holder of its status token. */
    @Transactional
    public PrivacyRequestView status(Caller caller, String token) {
        UUID requestId = tokens.requestOf(token, PrivacyRequestToken.Purpose.STATUS, clock.instant())
                .orElseThrow(PrivacyRequestAccess::notFound);
        return service.view(requests.findById(requestId));
    }

    /** D-3: the archive, to the holder of the download token mailed to the confirmed address. */
    @Transactional
    public PrivacyRequestService.ExportDownload download(String token) {
        Instant now = clock.instant();
        UUID requestId = tokens.requestOf(token, PrivacyRequestToken.Purpose.DOWNLOAD, now)
                .orElseThrow(() -> ProblemException.notFound("This link is not valid (any more)."));
        PrivacyExport export = exports.unexpired(requestId, now)
                .orElseThrow(() -> ProblemException.notFound("This request has no archive, or it has expired."));
        audit.append(
                AuditActor.subject(export.subjectId),
                AuditAction.PRIVACY_EXPORT_DOWNLOADED,
                export.subjectId,
                AuditDetails.id("request", requestId));
        return new PrivacyRequestService.ExportDownload(export.fileName, export.content);
    }

    /**
     * T-1 unverified-submission: requests by e-mail never confirmed, received before the cutoff,
     * by id after {@code after}; each as its id and requester.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map.Entry<UUID, UUID>> unconfirmedBefore(Instant cutoff, UUID after, int limit) {
        return requests.unconfirmedBefore(cutoff, after, limit).stream()
                .map(r -> Map.entry(r.id, r.subjectId))
                .toList();
    }

    /**
     * T-1: these requests, if still unconfirmed, go with their requester and the mail to them.
     * Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeUnconfirmed(List<UUID> requestIds) {
        int removed = 0;
        for (UUID requestId : requestIds) {
            PrivacyRequest request = requests.findById(requestId);
            if (request == null || request.status != RequestStatus.AWAITING_VERIFICATION) {
                continue;
            }
            removed++;
            audit.append(
                    AuditActor.system(),
                    AuditAction.PRIVACY_REQUEST_UNCONFIRMED_REMOVED,
                    request.subjectId,
                    AuditDetails.id("request", request.id));
            requests.flush();
            subjects.forget(request.subjectId);
        }
        return removed;
    }
}
