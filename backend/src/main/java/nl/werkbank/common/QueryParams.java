package nl.werkbank.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/**
 * Typed query parameters that fail as a 400 naming the parameter. JAX-RS would answer a
 * query parameter it cannot convert with 404, which tells the client nothing.
 */
public final class QueryParams {

    private QueryParams() {}

    public static Optional<UUID> uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, FieldCode.FORMAT, Text.of("must be a UUID", "moet een UUID zijn"));
        }
    }

    public static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    name,
                    FieldCode.FORMAT,
                    Text.of("must be a date as YYYY-MM-DD", "moet een datum zijn als JJJJ-MM-DD"));
        }
    }
}
