package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** The assignment feature's tables that AssignmentDataHandler does not claim. */
@ApplicationScoped
class AssignmentTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "assignment_action_count",
                "how often an assignment's poster mailed its respondents per day (S-4); no person, kept for a day",
                "assignment_procedure_update",
                "the procedure's progress as the poster reports it to every respondent (A-6); it names no"
                        + " respondent, and goes with a never-published assignment of an erased poster",
                "submission_attempt",
                "keyed hashes of IP networks and e-mail addresses, kept only for the rate-limit window (S-4, S-5)");
    }
}
