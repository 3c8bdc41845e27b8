package nl.werkbank.privacy.request;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-1: what a person without an account asks for, about the data tied to an e-mail address. */
@Schema(name = "PrivacyRequestByEmailInput")
public record PrivacyRequestByEmailInput(
        @NotBlank
        @Email
        @Size(max = 320)
        @Schema(required = true, maxLength = 320, description = "The address the data is tied to; the link goes there")
        String email,

        @NotNull @Schema(required = true) RequestType type,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                maxLength = 4000,
                description = "What to correct, what to object to, or anything else the privacy officer should know")
        @MultiLine
        String details) {}
