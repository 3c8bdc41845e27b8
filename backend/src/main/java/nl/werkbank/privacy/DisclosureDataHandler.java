package nl.werkbank.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * The disclosure log holds personal data twice: whose data went out (subject_id) and who
 * received it (recipient_subject_id, recipient_person). Erasure keeps each record of a release
 * without the erased person (Art. 19: the recipient, what they received, for what and when),
 * so recipients can still be told; {@link DisclosureService#recipientsOf} lists them before.
 */
@ApplicationScoped
public class DisclosureDataHandler implements PersonalDataHandler {

    private final DisclosureRepository disclosures;
    private final Clock clock;

    DisclosureDataHandler(DisclosureRepository disclosures, Clock clock) {
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Override
    public String category() {
        return "disclosures";
    }

    @Override
    public Set<String> tables() {
        return Set.of("disclosure");
    }

    @Override
    public Object export(UUID subjectId) {
        return disclosures.allForSubject(subjectId).stream()
                .map(DisclosureView::of)
                .toList();
    }

    @Override
    public void erase(UUID subjectId) {
        disclosures.forgetSubject(subjectId, clock.instant());
        disclosures.forgetRecipientPerson(subjectId);
    }
}
