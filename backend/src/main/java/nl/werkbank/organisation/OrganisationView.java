package nl.werkbank.organisation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation")
public record OrganisationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String kvkNumber,
        @Schema(required = true) boolean verified,
        @Schema(nullable = true) Instant verifiedAt,
        @Schema(required = true) Instant createdAt) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                organisation.id,
                organisation.name,
                organisation.kvkNumber,
                organisation.isVerified(),
                organisation.verifiedAt,
                organisation.createdAt);
    }
}
