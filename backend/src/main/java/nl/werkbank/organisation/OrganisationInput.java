package nl.werkbank.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationInput")
public record OrganisationInput(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String name,

        @NotNull
        @Pattern(regexp = "[0-9]{8}", message = "{werkbank.kvk-number}")
        @Schema(
                required = true,
                pattern = "^[0-9]{8}$",
                maxLength = 8,
                description = "Chamber of Commerce (KvK) number")
        String kvkNumber) {}
