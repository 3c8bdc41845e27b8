package nl.werkbank.jobalert;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkbank.assignment.AssignmentSearch;
import nl.werkbank.assignment.RemoteOption;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** a saved search, with the filters of the public assignment list; no criteria match every assignment. */
@Schema(name = "JobAlertCriteria")
public record JobAlertCriteria(
        @Schema(nullable = true, description = "Words in the title or description")
        @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{werkbank.no-control-characters}")
        String text,

        @Schema(nullable = true, description = "Any of these skills") @Size(max = 20)
        List<@NotNull @Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}]{1,50}", message = "{werkbank.skill}") String>
                skills,

        @Schema(nullable = true, maxLength = 6)
        @Pattern(regexp = "[1-9][0-9]{1,3}|ABROAD", message = "{werkbank.region-prefix}")
        String region,

        @Schema(nullable = true) @Pattern(regexp = "ONSITE|HYBRID|REMOTE", message = "{werkbank.remote}")
        String remote,

        @Schema(nullable = true, description = "Only assignments whose maximum rate reaches this, in cents")
        @Min(0)
        @Max(100_000_000)
        Integer minRateCents) {

    /** Blank text dropped, skills trimmed and in lower case, as the public list compares them. */
    JobAlertCriteria normalised() {
        return new JobAlertCriteria(
                text == null || text.isBlank() ? null : text.strip(),
                skills == null
                        ? List.of()
                        : skills.stream()
                                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                                .filter(s -> !s.isEmpty())
                                .distinct()
                                .toList(),
                region,
                remote,
                minRateCents);
    }

    AssignmentSearch toSearch() {
        return new AssignmentSearch(
                Optional.ofNullable(text),
                skills == null ? List.of() : skills,
                Optional.ofNullable(region),
                Optional.empty(),
                Optional.ofNullable(remote).map(RemoteOption::valueOf),
                Optional.ofNullable(minRateCents),
                Optional.empty());
    }
}
