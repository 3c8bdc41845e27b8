package nl.werkbank.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.werkbank.response.FeeSchedule.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** at most EUR 250 a month, at most 6 months, never past the end, pro rata by days. */
class FeeScheduleTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // a whole year: six full months, nothing after
                Arguments.of("2027-01-01", "2027-12-31", List.of(25000, 25000, 25000, 25000, 25000, 25000), 150000),
                // exactly one month
                Arguments.of("2027-03-01", "2027-03-31", List.of(25000), 25000),
                // shorter than a month: 10 of March's 31 days
                Arguments.of("2027-03-01", "2027-03-10", List.of(8064), 8064),
                // one day
                Arguments.of("2027-03-15", "2027-03-15", List.of(806), 806),
                // starts mid-month: one full month, then 15 of the 30 days from Apr 15 to May 14
                Arguments.of("2027-03-15", "2027-04-29", List.of(25000, 12500), 37500),
                // leap year: a February month of 29 days, ending on the 29th covers it fully
                Arguments.of("2028-02-01", "2028-02-29", List.of(25000), 25000),
                // leap year: 14 of 29 days
                Arguments.of("2028-02-01", "2028-02-14", List.of(12068), 12068),
                // start on the 31st: months end the day before the same day-of-month, clamped
                Arguments.of("2027-01-31", "2027-03-30", List.of(25000, 25000), 50000),
                // seven months and a bit: only the first six count
                Arguments.of("2027-01-01", "2027-08-15", List.of(25000, 25000, 25000, 25000, 25000, 25000), 150000),
                // exactly six months, and a day less: 29 of June's 30 days
                Arguments.of("2027-01-01", "2027-06-30", List.of(25000, 25000, 25000, 25000, 25000, 25000), 150000),
                Arguments.of("2027-01-01", "2027-06-29", List.of(25000, 25000, 25000, 25000, 25000, 24166), 149166));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("table")
    void knownSchedules(String start, String end, List<Integer> amounts, int total) {
        List<Period> schedule = FeeSchedule.of(LocalDate.parse(start), LocalDate.parse(end));
        assertThat(schedule).extracting(Period::amountCents).containsExactlyElementsOf(amounts);
        assertThat(schedule.stream().mapToInt(Period::amountCents).sum()).isEqualTo(total);
    }

    /** Invariants over many random placements (a fixed seed keeps failures reproducible). */
    @Test
    void propertiesHoldForAnyPlacement() {
        Random random = new Random(20261123L);
        LocalDate base = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 5000; i++) {
            LocalDate start = base.plusDays(random.nextInt(1500));
            LocalDate end = start.plusDays(random.nextInt(400));
            List<Period> schedule = FeeSchedule.of(start, end);

            assertThat(schedule).isNotEmpty().hasSizeLessThanOrEqualTo(FeeSchedule.MAX_MONTHS);
            assertThat(schedule.get(0).start()).isEqualTo(start);
            LocalDate expectedStart = start;
            for (int m = 0; m < schedule.size(); m++) {
                Period period = schedule.get(m);
                assertThat(period.start()).as("contiguous").isEqualTo(expectedStart);
                assertThat(period.end()).as("never past the end date").isBeforeOrEqualTo(end);
                assertThat(period.end()).isBefore(start.plusMonths(m + 1));
                assertThat(period.amountCents()).isBetween(0, FeeSchedule.MONTHLY_CAP_CENTS);
                boolean fullMonth = period.end().equals(start.plusMonths(m + 1).minusDays(1));
                if (fullMonth) {
                    assertThat(period.amountCents()).isEqualTo(FeeSchedule.MONTHLY_CAP_CENTS);
                }
                expectedStart = period.end().plusDays(1);
            }
            assertThat(schedule.stream().mapToInt(Period::amountCents).sum())
                    .isLessThanOrEqualTo(FeeSchedule.MAX_MONTHS * FeeSchedule.MONTHLY_CAP_CENTS);
            boolean endsWithinSixMonths = end.isBefore(start.plusMonths(FeeSchedule.MAX_MONTHS));
            if (endsWithinSixMonths) {
                assertThat(schedule.get(schedule.size() - 1).end())
                        .as("billed up to the end date")
                        .isEqualTo(end);
            } else {
                assertThat(schedule).hasSize(FeeSchedule.MAX_MONTHS);
            }
            long days = ChronoUnit.DAYS.between(
                            start, schedule.get(schedule.size() - 1).end())
                    + 1;
            assertThat(days).isPositive();
        }
    }
}
