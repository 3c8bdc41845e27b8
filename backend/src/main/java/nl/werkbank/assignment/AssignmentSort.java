package nl.werkbank.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.werkbank.common.KeysetCursor;

/**
 * The orders of the public list. Each has its own keyset: the SQL sort key (an expression the
 * partial indexes of V110 are built on, so it must stay the same text), its direction and the id
 * as tie-breaker. A cursor carries the order it was made for, so it cannot continue another one.
 */
public enum AssignmentSort {
    /** Newest first: the published time; cursors are the bare instant, as before sorting existed. */
    NEWEST("a.published_at", false, ""),
    /** Highest rate first: the maximum rate, else the minimum; assignments without a rate last. */
    RATE("COALESCE(a.rate_max_cents, a.rate_min_cents, -1)", false, "rate:"),
    /** Soonest start first; assignments without a start date last. */
    START_DATE("COALESCE(a.start_date, DATE '9999-12-31')", true, "start:");

    private static final LocalDate NO_START = LocalDate.of(9999, 12, 31);

    private final String keySql;
    private final boolean ascending;
    private final String cursorPrefix;

    AssignmentSort(String keySql, boolean ascending, String cursorPrefix) {
        this.keySql = keySql;
        this.ascending = ascending;
        this.cursorPrefix = cursorPrefix;
    }

    String orderBy() {
        String direction = ascending ? "" : " DESC";
        return " ORDER BY " + keySql + direction + ", a.id" + direction;
    }

    /** The rows after the cursor's position in this order. */
    String after() {
        return " AND (" + keySql + ", a.id) " + (ascending ? ">" : "<") + " (:afterKey, :afterId)";
    }

    KeysetCursor cursorAfter(Assignment a) {
        return switch (this) {
            case NEWEST -> KeysetCursor.after(a.publishedAt, a.id);
            case RATE -> new KeysetCursor(cursorPrefix + rateKey(a), a.id);
            case START_DATE -> new KeysetCursor(cursorPrefix + (a.startDate == null ? NO_START : a.startDate), a.id);
        };
    }

    /** The cursor's key as the SQL parameter of {@link #after()}; a cursor of another order is a 400. */
    Object keyOf(KeysetCursor cursor) {
        if (this == NEWEST) {
            return cursor.instantKey();
        }
        if (!cursor.key().startsWith(cursorPrefix)) {
            throw KeysetCursor.invalid();
        }
        String value = cursor.key().substring(cursorPrefix.length());
        try {
            return this == RATE ? Integer.valueOf(value) : LocalDate.parse(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw KeysetCursor.invalid();
        }
    }

    private static int rateKey(Assignment a) {
        if (a.rateMaxCents != null) {
            return a.rateMaxCents;
        }
        return a.rateMinCents != null ? a.rateMinCents : -1;
    }
}
