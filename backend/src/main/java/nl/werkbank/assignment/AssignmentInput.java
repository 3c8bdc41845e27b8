package nl.werkbank.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.werkbank.common.HourlyRate;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** the assignment as its poster writes it. */
@Schema(name = "AssignmentInput")
public record AssignmentInput(
        @NotBlank @Size(max = 150) @Schema(required = true, maxLength = 150)
        String title,

        @NotBlank @Size(max = 10000) @Schema(required = true, maxLength = 10000) @MultiLine
        String description,

        @NotNull
        @Pattern(regexp = "[1-9][0-9]{3}|ABROAD", message = "{werkbank.region}")
        @Schema(required = true, pattern = "^([1-9][0-9]{3}|ABROAD)$", maxLength = 6)
        String region,

        @NotNull @Schema(required = true) RemoteOption remote,
        LocalDate startDate,
        @Min(1) @Max(260) Integer durationWeeks,
        @Min(1) @Max(60) Integer hoursPerWeek,

        @Min(0) @Max(HourlyRate.MAX_CENTS) @Schema(description = "Hourly rate in euro cents, excl. VAT, at most €1,000")
        Integer rateMinCents,

        @Min(0) @Max(HourlyRate.MAX_CENTS) @Schema(description = "Hourly rate in euro cents, excl. VAT, at most €1,000")
        Integer rateMaxCents,

        @NotNull @Size(max = 20) @Schema(required = true, maxItems = 20)
        List<
                        @NotBlank @Size(max = 50)
                        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{werkbank.no-control-characters}") String>
                skills,

        @NotNull @Size(max = 20) @Schema(required = true, maxItems = 20)
        List<@NotNull @Valid QuestionInput> questions,

        @NotNull @Schema(required = true, description = "Last day the assignment is published")
        LocalDate validThrough,

        @Schema(description = "Name the organisation as hiring organisation in public pages and the feed")
        boolean nameOrganisation) {

    /** one requirement question; it becomes a field of the response form. */
    @Schema(name = "QuestionInput")
    public record QuestionInput(
            @NotNull @Schema(required = true) QuestionKind kind,

            @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500)
            String text,

            @Schema(description = "Whether a response must answer it")
            boolean required,

            @Size(max = 20) @Schema(maxItems = 20, description = "The choices, for kind CHOICE only (2 to 20)")
            List<@NotBlank @Size(max = 100) String> options) {}

    /** who posts without an account. Never shown publicly, in the feed or to respondents. */
    @Schema(name = "PosterInput")
    public record PosterInput(
            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String name,

            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String organisation,

            @NotBlank @Email @Size(max = 320) @Schema(required = true, maxLength = 320)
            String email,

            @NotBlank
            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,30}", message = "{werkbank.phone}")
            @Schema(required = true, maxLength = 32)
            String phone) {}

    /** POST /assignments: a logged-in client sends only the assignment; anyone else also the poster. */
    @Schema(name = "AssignmentSubmission")
    public record Submission(
            @NotNull @Valid @Schema(required = true) AssignmentInput assignment,

            @Valid @Schema(description = "Required without an account, absent with one")
            PosterInput poster,

            @Schema(hidden = true) String website) {}
}
