package nl.werkbank.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * The disclosure log holds personal data twice: whose data went out (subject_id) and who
 * received it (recipient_subject_id, recipient_person).
 */
@ApplicationScoped
public class DisclosureDataHandler implements PersonalDataHandler {

    private final DisclosureRepository disclosures;

    DisclosureDataHandler(DisclosureRepository disclosures) {
        this.disclosures = disclosures;
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
        disclosures.deleteForSubject(subjectId);
        disclosures.forgetRecipientPerson(subjectId);
    }
}
