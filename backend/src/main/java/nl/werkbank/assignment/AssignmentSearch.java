package nl.werkbank.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Filters of the public assignment list, already validated; empty means "no condition". */
public record AssignmentSearch(
        Optional<String> text,
        List<String> skills,
        Optional<String> region,
        Optional<Province> province,
        Optional<RemoteOption> remote,
        Optional<Integer> minRateCents,
        Optional<LocalDate> startBefore) {}
