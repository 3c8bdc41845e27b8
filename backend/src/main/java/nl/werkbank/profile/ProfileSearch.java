package nl.werkbank.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** P-4 search criteria, already validated; empty means "no condition". */
public record ProfileSearch(
        List<String> skills,
        boolean matchAll,
        Optional<String> region,
        Optional<LocalDate> availableFrom,
        Optional<Integer> minHoursPerWeek,
        Optional<Integer> maxRateCents) {
}
