package nl.werkbank.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** T-1: a policy's period against the clock, in UTC calendar terms (months and years have no fixed length). */
public final class RetentionPeriods {

    private RetentionPeriods() {}

    /** Records whose trigger lies before this have outlived the period at {@code now}. */
    public static Instant cutoff(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** When a record triggered at {@code at} is due. */
    public static Instant dueAt(Instant at, Period period) {
        return at.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Period.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code period} is at least {@code minimum}: compared on a fixed date (the first day
     * of a leap year), so that P84M counts as long as P7Y and P2556D does not.
     */
    static boolean atLeast(Period period, Period minimum) {
        java.time.LocalDate from = java.time.LocalDate.of(2024, 1, 1);
        return !from.plus(period).isBefore(from.plus(minimum));
    }
}
