package nl.werkbank.response;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * the placement fee. At most {@link #MONTHLY_CAP_CENTS} (EUR 250 excl. VAT) per month, for
 * at most the first {@link #MAX_MONTHS} months, never past the placement's end date.
 *
 * <p>Months run from the start date: month k is {@code [start + k months, start + (k+1) months)},
 * each boundary computed from the start, so a start on the 31st neither skips nor repeats days.
 * A month the placement covers only in part is charged pro rata by days: the cap times the days
 * covered, divided by the days of that month, rounded down to the cent (in the client's favour).
 * Amounts are integer cents throughout.
 */
public final class FeeSchedule {

    public static final int MONTHLY_CAP_CENTS = 25_000;
    public static final int MAX_MONTHS = 6;

    /** One billing month: its days (both inclusive) and what is due for it. */
    public record Period(LocalDate start, LocalDate end, int amountCents) {}

    private FeeSchedule() {}

    public static List<Period> of(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
        List<Period> periods = new ArrayList<>();
        for (int month = 0; month < MAX_MONTHS; month++) {
            LocalDate periodStart = start.plusMonths(month);
            if (periodStart.isAfter(end)) {
                break;
            }
            LocalDate nextStart = start.plusMonths(month + 1);
            long daysInMonth = ChronoUnit.DAYS.between(periodStart, nextStart);
            LocalDate periodEnd = nextStart.minusDays(1).isAfter(end) ? end : nextStart.minusDays(1);
            long daysCovered = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
            int amount = (int) (MONTHLY_CAP_CENTS * daysCovered / daysInMonth);
            periods.add(new Period(periodStart, periodEnd, amount));
        }
        return periods;
    }
}
