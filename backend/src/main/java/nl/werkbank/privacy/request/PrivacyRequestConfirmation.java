package nl.werkbank.privacy.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.CapabilityTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-1: the token from the link mailed to the address of a request by e-mail. */
@Schema(name = "PrivacyRequestConfirmation")
public record PrivacyRequestConfirmation(
        @NotBlank @Size(max = CapabilityTokens.LENGTH) @Schema(required = true, maxLength = CapabilityTokens.LENGTH)
        String token) {}
