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

    /**
     * The search as someone who sees only public shapes may run it: a region filter of more than
     * two digits would reveal the four-digit area the public shape hides.
     */
    ProfileSearch withPublicRegion() {
        return new ProfileSearch(
                skills,
                matchAll,
                region.map(r -> "ABROAD".equals(r) ? r : r.substring(0, Math.min(2, r.length()))),
                availableFrom,
                minHoursPerWeek,
                maxRateCents);
    }
}
