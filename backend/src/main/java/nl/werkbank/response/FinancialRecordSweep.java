package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionSweep;

/**
 * T-1 {@code financial-record} (default and legal minimum P7Y from the end of the fiscal year):
 * a placement and its invoices are one record, whose fiscal year is the latest calendar year (in
 * the Netherlands) of the placement, its end date and its last invoice. ANONYMISE, the action this
 * category is meant to run with, keeps dates and amounts (the platform's own turnover, no longer
 * about anyone) and strips the response the placement points to of the respondent; DELETE removes
 * placement and invoices. The key is the placement; the respondent lets a hold on them cover it.
 */
@ApplicationScoped
public class FinancialRecordSweep implements RetentionSweep {

    /** Dutch fiscal years are calendar years in Dutch time. */
    static final ZoneId FISCAL_ZONE = ZoneId.of("Europe/Amsterdam");

    private final PlacementService placements;

    FinancialRecordSweep(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public String category() {
        return "financial-record";
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.ANONYMISE, RetentionAction.DELETE);
    }

    /**
     * A record of fiscal year Y is due once 1 January of Y + 1 plus the period has passed, that is
     * when Y is before the year of {@code now - period}.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        int year = now.atZone(FISCAL_ZONE).minus(period).getYear();
        return placements.financialRecordsOfYearsBefore(year, after, limit).stream()
                .map(record -> new DueRecord(record.placementId().toString(), record.respondentSubjectId()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        List<UUID> ids =
                records.stream().map(record -> UUID.fromString(record.key())).toList();
        return switch (action) {
            case ANONYMISE -> placements.anonymiseFinancialRecords(ids, now);
            case DELETE -> placements.deleteFinancialRecords(ids);
        };
    }
}
