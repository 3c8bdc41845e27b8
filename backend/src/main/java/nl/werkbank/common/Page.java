package nl.werkbank.common;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list: {@code {items, nextCursor}} on the wire. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only
     * tells that there is a next page, and the cursor points after the last row returned.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, KeysetCursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
