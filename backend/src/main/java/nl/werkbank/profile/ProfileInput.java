package nl.werkbank.profile;

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

/** The whole profile as its owner writes it (PUT replaces it). Limits mirror the SPA's form. */
@Schema(name = "ProfileInput")
public record ProfileInput(
        @NotNull @Schema(required = true) Visibility visibility,

        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
        String displayName,

        @NotBlank
        @Size(max = 150)
        @Schema(required = true, maxLength = 150, description = "Always public: shown in every shape of the profile")
        String headline,

        @Size(max = 4000) @Schema(maxLength = 4000) @MultiLine
        String summary,

        @Schema(description = "Show the summary and task descriptions to the public too")
        boolean freeTextPublic,

        @NotNull @Size(max = 30) @Schema(required = true, maxItems = 30)
        List<
                        @NotBlank @Size(max = 50)
                        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{werkbank.no-control-characters}") String>
                skills,

        @NotNull @Size(max = 30) @Schema(required = true, maxItems = 30)
        List<@NotNull @Valid ExperienceInput> experience,

        @NotNull @Size(max = 20) @Schema(required = true, maxItems = 20)
        List<@NotNull @Valid EducationInput> education,

        @NotNull
        @Pattern(regexp = "[1-9][0-9]{3}|ABROAD", message = "{werkbank.region}")
        @Schema(required = true, pattern = "^([1-9][0-9]{3}|ABROAD)$", maxLength = 6)
        String region,

        LocalDate availableFrom,
        @Min(1) @Max(60) Integer hoursPerWeek,

        @Min(0) @Max(HourlyRate.MAX_CENTS) @Schema(description = "Hourly rate in euro cents, excl. VAT, at most €1,000")
        Integer rateMinCents,

        @Min(0) @Max(HourlyRate.MAX_CENTS) @Schema(description = "Hourly rate in euro cents, excl. VAT, at most €1,000")
        Integer rateMaxCents,

        @NotNull @Size(max = 10) @Schema(required = true, maxItems = 10)
        List<@NotNull @Size(max = 2) @Pattern(regexp = "[a-z]{2}", message = "{werkbank.language-code}") String>
                languages,

        @NotNull @Valid @Schema(required = true) ContactInput contact) {

    @Schema(name = "ExperienceInput")
    public record ExperienceInput(
            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String role,

            @Size(max = 150) @Schema(maxLength = 150, description = "Never shown to the public")
            String clientName,

            @NotNull
            @Pattern(regexp = "[12][0-9]{3}-(0[1-9]|1[0-2])", message = "{werkbank.month}")
            @Schema(required = true, pattern = "^[12][0-9]{3}-(0[1-9]|1[0-2])$", maxLength = 7)
            String startMonth,

            @Pattern(regexp = "[12][0-9]{3}-(0[1-9]|1[0-2])", message = "{werkbank.month}")
            @Schema(pattern = "^[12][0-9]{3}-(0[1-9]|1[0-2])$", maxLength = 7, description = "Empty while ongoing")
            String endMonth,

            @Size(max = 2000) @Schema(maxLength = 2000) @MultiLine
            String tasks) {}

    @Schema(name = "EducationInput")
    public record EducationInput(
            @Size(max = 150) @Schema(maxLength = 150, description = "Never shown to the public")
            String institution,

            @NotBlank @Size(max = 150) @Schema(required = true, maxLength = 150)
            String qualification,

            @Min(1950) @Max(2100) Integer year) {}

    @Schema(name = "ContactInput")
    public record ContactInput(
            @Email @Size(max = 320) @Schema(maxLength = 320) String email,

            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,30}", message = "{werkbank.phone}")
            @Schema(pattern = "^\\+?[0-9][0-9 ()-]{5,30}$", maxLength = 32)
            String phone,

            @Size(max = 200) @Schema(maxLength = 200, description = "When they can be called")
            String callTimes) {}
}
