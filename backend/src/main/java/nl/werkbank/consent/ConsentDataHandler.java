package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.consent.ConsentViews.ConsentEventView;
import nl.werkbank.subject.PersonalDataHandler;

/** D-3, D-4: the consent history is part of the export and goes with the subject. */
@ApplicationScoped
public class ConsentDataHandler implements PersonalDataHandler {

    private final ConsentEventRepository events;

    ConsentDataHandler(ConsentEventRepository events) {
        this.events = events;
    }

    @Override
    public String category() {
        return "consents";
    }

    @Override
    public Set<String> tables() {
        return Set.of("consent_event");
    }

    @Override
    public Object export(UUID subjectId) {
        return events.forSubject(subjectId).stream().map(ConsentEventView::of).toList();
    }

    @Override
    public void erase(UUID subjectId) {
        events.deleteForSubject(subjectId);
    }
}
