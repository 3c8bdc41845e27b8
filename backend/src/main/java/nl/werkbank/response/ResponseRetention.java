package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentClosed;
import nl.werkbank.assignment.AssignmentFacts;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.common.SignedLinks;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.privacy.erasure.ErasureService;
import nl.werkbank.response.ResponseRepository.RetentionKind;
import nl.werkbank.response.ResponseViews.KeepView;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.subject.SubjectService;

/**
 * R-4, T-1: responses after the procedure closes. The closing mail asks each respondent whether we
 * may keep the response for a year (a signed one-click link; no answer means 4 weeks) and tells a
 * respondent who asked "for this assignment only" that it goes now; the poster is asked to destroy
 * their copies of those. The three response sweeps erase or anonymise through here, redacting the
 * mailed copies of exactly that response.
 */
@ApplicationScoped
public class ResponseRetention {

    private static final String LABEL = "keep-response";
    private static final String ACTION = "keep";

    private final ResponseRepository responses;
    private final ResponseCvRepository cvFiles;
    private final AssignmentService assignments;
    private final SubjectService subjects;
    private final ErasureService erasure;
    private final SignedLinks links;
    private final Outbox outbox;
    private final WerkbankConfig config;
    private final Clock clock;

    ResponseRetention(
            ResponseRepository responses,
            ResponseCvRepository cvFiles,
            AssignmentService assignments,
            SubjectService subjects,
            ErasureService erasure,
            SignedLinks links,
            Outbox outbox,
            WerkbankConfig config,
            Clock clock) {
        this.responses = responses;
        this.cvFiles = cvFiles;
        this.assignments = assignments;
        this.subjects = subjects;
        this.erasure = erasure;
        this.links = links;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** the closing mails, in the transaction that closes the assignment. */
    void onAssignmentClosed(@Observes AssignmentClosed closed) {
        AssignmentFacts assignment = assignments.factsForResponse(closed.assignmentId());
        int thisAssignmentOnly = 0;
        for (Response response : responses.activeFor(closed.assignmentId())) {
            if (response.thisAssignmentOnly) {
                thisAssignmentOnly++;
            }
            outbox.enqueue(new Mail(
                    response.respondentSubjectId,
                    response.respondentEmail,
                    subjects.languageOf(response.respondentSubjectId),
                    new ResponseMails.Closed(
                            response.respondentName,
                            assignment.title(),
                            response.thisAssignmentOnly,
                            response.thisAssignmentOnly ? "" : keepPageFor(response.id))));
        }
        if (thisAssignmentOnly > 0) {
            int count = thisAssignmentOnly;
            assignment
                    .poster()
                    .ifPresent(poster -> outbox.enqueue(new Mail(
                            poster.subjectId(),
                            poster.email(),
                            poster.language(),
                            new ResponseMails.ToDestroy(assignment.title(), count))));
        }
    }

    /** The SPA page of the "keep it for a year" link; the token is in the fragment, so it reaches no server log. */
    public String keepPageFor(UUID responseId) {
        return config.spaUrl() + "/keep-response#k=" + links.token(LABEL, responseId, ACTION);
    }

    @Transactional
    public KeepView showKeep(String token) {
        Response response = requireKeepable(token);
        return new KeepView(assignments.factsForResponse(response.assignmentId).title(), response.keptAt != null);
    }

    /** The respondent's yes: kept for a year from the close instead of 4 weeks; a reply, so meaningful contact (T-2). */
    @Transactional
    public KeepView keep(String token) {
        Response response = requireKeepable(token);
        if (response.keptAt == null) {
            response.keptAt = clock.instant();
            response.updatedAt = response.keptAt;
        }
        if (response.respondentSubjectId != null) {
            subjects.recordMeaningfulContact(response.respondentSubjectId);
        }
        return new KeepView(assignments.factsForResponse(response.assignmentId).title(), true);
    }

    private Response requireKeepable(String token) {
        return links.verify(LABEL, token)
                .filter(signed -> ACTION.equals(signed.text()))
                .flatMap(signed -> responses.findByIdOptional(signed.id()))
                .filter(response ->
                        !response.thisAssignmentOnly && response.status != ResponseStatus.PENDING_VERIFICATION)
                .orElseThrow(() -> ProblemException.notFound(
                        "This link is not valid: it was changed, is not one of ours, or the response was erased."
                                + " Nothing was changed."));
    }

    /** T-1: the responses of this kind whose period after the close has ended. Changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DueRecord> due(RetentionKind kind, Period period, Instant now, String after, int limit) {
        Instant closedBefore = now.atZone(ZoneOffset.UTC).minus(period).toInstant();
        return responses
                .closedBefore(
                        kind, closedBefore, Optional.ofNullable(after).map(UUID::fromString), Optional.empty(), limit)
                .stream()
                .map(id -> new DueRecord(id.toString(), responses.findById(id).respondentSubjectId))
                .toList();
    }

    /**
     * T-1: erases (DELETE) or anonymises (ANONYMISE: the row stays for counts, without anything
     * that identifies the person, detached from them) each response still of this kind, with the
     * copies mailed to the poster and the respondent redacted. A person without an account whose
     * only data this was is then erased as a whole ({@link ErasureService}: the identity, its own
     * mail). {@code apply} is not given the period; {@link #due} checked it in the same batch
     * transaction, the kind and the close are checked again here. Returns how many changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(RetentionKind kind, RetentionAction action, List<DueRecord> records, Instant now) {
        if (records.isEmpty()) {
            return 0;
        }
        List<UUID> chosen =
                records.stream().map(record -> UUID.fromString(record.key())).toList();
        List<UUID> stillDue = responses.closedBefore(kind, now, Optional.empty(), Optional.of(chosen), chosen.size());
        for (UUID id : stillDue) {
            Response response = responses.findById(id);
            Optional.ofNullable(response.forwardedMessageId).ifPresent(outbox::redact);
            Optional.ofNullable(response.copyMessageId).ifPresent(outbox::redact);
            UUID respondent = response.respondentSubjectId;
            cvFiles.deleteById(id);
            if (action == RetentionAction.DELETE) {
                responses.delete(response);
            } else {
                anonymise(response, now);
            }
            responses.flush();
            if (respondent != null
                    && subjects.isEmailIdentity(respondent)
                    && responses.ofRespondent(respondent).isEmpty()) {
                erasure.erase(respondent, AuditActor.system());
            }
        }
        return stillDue.size();
    }

    private static void anonymise(Response response, Instant now) {
        response.respondentSubjectId = null;
        response.respondentName = "-";
        response.respondentEmail = "erased-" + response.id + "@invalid";
        response.respondentPhone = null;
        response.motivation = "-";
        response.answers = List.of();
        response.cvFileName = null;
        response.cvContentType = null;
        response.forwardedMessageId = null;
        response.copyMessageId = null;
        response.updatedAt = now;
    }
}
