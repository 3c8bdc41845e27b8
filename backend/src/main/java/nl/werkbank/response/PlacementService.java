package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentFacts;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.response.ResponseViews.InvoiceView;
import nl.werkbank.response.ResponseViews.PlacementInput;
import nl.werkbank.response.ResponseViews.PlacementList;
import nl.werkbank.response.ResponseViews.PlacementView;
import nl.werkbank.subject.SubjectService;

/** placements of respondents and the invoices that follow from them. */
@ApplicationScoped
public class PlacementService {

    private final PlacementRepository placements;
    private final InvoiceRepository invoices;
    private final ResponseAccess access;
    private final SubjectService subjects;
    private final Outbox outbox;
    private final PageLimit pageLimit;
    private final Clock clock;

    PlacementService(
            PlacementRepository placements,
            InvoiceRepository invoices,
            ResponseAccess access,
            SubjectService subjects,
            Outbox outbox,
            PageLimit pageLimit,
            Clock clock) {
        this.placements = placements;
        this.invoices = invoices;
        this.access = access;
        this.subjects = subjects;
        this.outbox = outbox;
        this.pageLimit = pageLimit;
        this.clock = clock;
    }

    /**
     * * the poster records that a respondent was placed. The fee schedule follows from the
     * dates (FeeSchedule), never past the assignment's last day when it has one; each billing
     * month becomes an invoice, issued the day after it ends.
     */
    @Transactional
    public PlacementView place(Caller caller, UUID assignmentId, UUID responseId, PlacementInput input) {
        AssignmentFacts assignment = access.requirePosterOf(caller, assignmentId);
        Response response = access.requireReceivedForChange(caller, assignmentId, responseId);
        if (placements.existsForResponse(responseId)) {
            throw ProblemException.conflict("This respondent is already placed.");
        }
        if (input.endDate().isBefore(input.startDate())) {
            throw ProblemException.invalid(
                    "endDate",
                    FieldCode.RANGE,
                    Text.of("must not be before startDate", "mag niet voor startDate liggen"));
        }
        Instant now = clock.instant();
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.assignmentId = assignmentId;
        placement.responseId = responseId;
        placement.startDate = input.startDate();
        placement.endDate = input.endDate();
        placement.monthlyFeeCents = FeeSchedule.MONTHLY_CAP_CENTS;
        placement.createdAt = now;
        placements.persist(placement);
        LocalDate billedUntil = assignment
                .lastDay()
                .filter(last -> last.isBefore(input.endDate()))
                .orElse(input.endDate());
        List<FeeSchedule.Period> schedule =
                billedUntil.isBefore(input.startDate()) ? List.of() : FeeSchedule.of(input.startDate(), billedUntil);
        for (FeeSchedule.Period period : schedule) {
            Invoice invoice = new Invoice();
            invoice.id = UUID.randomUUID();
            invoice.placementId = placement.id;
            invoice.periodStart = period.start();
            invoice.periodEnd = period.end();
            invoice.amountCents = period.amountCents();
            invoice.issuedOn = period.end().plusDays(1);
            invoice.createdAt = now;
            invoices.persist(invoice);
        }
        response.status = ResponseStatus.PLACED;
        response.updatedAt = now;
        outbox.enqueue(new Mail(
                response.respondentSubjectId,
                response.respondentEmail,
                subjects.languageOf(response.respondentSubjectId),
                new ResponseMails.StatusChanged(response.respondentName, assignment.title(), ResponseStatus.PLACED)));
        return placementShape(placement);
    }

    @Transactional
    public PlacementList placements(Caller caller, UUID assignmentId, String cursor, Integer limit) {
        access.requirePosterOf(caller, assignmentId);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<PlacementView> page = Page.of(
                        placements.ofAssignment(assignmentId, after, size),
                        size,
                        p -> KeysetCursor.after(p.createdAt, p.id))
                .map(this::placementShape);
        return new PlacementList(page.items(), page.nextCursor());
    }

    private PlacementView placementShape(Placement placement) {
        List<InvoiceView> lines = invoices.ofPlacement(placement.id).stream()
                .map(i -> new InvoiceView(i.periodStart, i.periodEnd, i.amountCents, i.issuedOn))
                .toList();
        return new PlacementView(
                placement.id,
                placement.responseId,
                placement.startDate,
                placement.endDate,
                placement.monthlyFeeCents,
                lines.stream().mapToInt(InvoiceView::amountCents).sum(),
                lines);
    }

    /** T-1 financial-record: a placement with its invoices, and its respondent (null once erased or anonymised). */
    public record FinancialRecord(UUID placementId, UUID respondentSubjectId) {}

    /**
     * T-1 financial-record: placements, not yet anonymised, whose fiscal year (see
     * {@link PlacementRepository#financialRecordsOfYearsBefore}) is before {@code year}, with ids
     * after {@code after} (null: from the first), in id order, at most {@code limit}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FinancialRecord> financialRecordsOfYearsBefore(int year, String after, int limit) {
        return placements.financialRecordsOfYearsBefore(year, after, limit).stream()
                .map(row -> new FinancialRecord((UUID) row[0], (UUID) row[1]))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymiseFinancialRecords(List<UUID> placementIds, Instant now) {
        return placements.anonymiseFinancialRecords(placementIds, now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteFinancialRecords(List<UUID> placementIds) {
        return placements.deleteFinancialRecords(placementIds);
    }
}
