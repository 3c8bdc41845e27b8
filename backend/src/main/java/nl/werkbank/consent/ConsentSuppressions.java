package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.privacy.erasure.ObjectionSource;
import nl.werkbank.privacy.erasure.SuppressedPurpose;

/**
 * C-5 across erasure: what a person withdrew or objected to goes onto the suppression list with
 * their address's hash when they are erased (D-4). Every marketing purpose today is consent-based,
 * and consent is the subject's own: whoever holds the address afterwards starts without any, so
 * only a new explicit grant mails them again; a purpose on another basis would have to check the
 * list before mailing.
 */
@ApplicationScoped
class ConsentSuppressions implements ObjectionSource {

    private static final Map<String, SuppressedPurpose> SUPPRESSIBLE = Map.of(
            "job-alerts", SuppressedPurpose.JOB_ALERTS,
            "newsletter", SuppressedPurpose.NEWSLETTER,
            "profiling", SuppressedPurpose.PROFILING,
            "profile-sharing", SuppressedPurpose.PROFILE_SHARING,
            "success-story", SuppressedPurpose.SUCCESS_STORY);

    private final ConsentEventRepository events;
    private final ConsentPurposeRepository purposes;

    ConsentSuppressions(ConsentEventRepository events, ConsentPurposeRepository purposes) {
        this.events = events;
        this.purposes = purposes;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<SuppressedPurpose> objectionsOf(UUID subjectId) {
        Set<SuppressedPurpose> refused = EnumSet.noneOf(SuppressedPurpose.class);
        events.latestPerPurpose(subjectId).forEach((purpose, latest) -> {
            if (latest.decision == ConsentDecision.GRANTED) {
                return;
            }
            Optional.ofNullable(SUPPRESSIBLE.get(purpose)).ifPresent(refused::add);
            boolean marketing = purposes.findByIdOptional(purpose)
                    .map(p -> p.directMarketing)
                    .orElse(false);
            if (latest.decision == ConsentDecision.OBJECTED && marketing) {
                refused.add(SuppressedPurpose.DIRECT_MARKETING);
            }
        });
        return refused;
    }
}
