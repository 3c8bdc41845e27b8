package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.privacy.erasure.ObjectionSource;
import nl.werkbank.privacy.erasure.SuppressedPurpose;

/**
 * C-5: an objection request (Art. 21) that was not rejected counts as an objection to direct
 * marketing, which is honoured unconditionally; the suppression list keeps it past erasure.
 */
@ApplicationScoped
public class RequestObjections implements ObjectionSource {

    private final PrivacyRequestRepository requests;

    RequestObjections(PrivacyRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Set<SuppressedPurpose> objectionsOf(UUID subjectId) {
        boolean objected = requests.allOfSubject(subjectId).stream()
                .anyMatch(r -> r.type == RequestType.OBJECTION && r.status != RequestStatus.REJECTED);
        return objected ? EnumSet.of(SuppressedPurpose.DIRECT_MARKETING) : EnumSet.noneOf(SuppressedPurpose.class);
    }
}
