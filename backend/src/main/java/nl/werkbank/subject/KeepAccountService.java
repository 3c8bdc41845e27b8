package nl.werkbank.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.werkbank.common.SignedLinks;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;

/**
 * T-3: the one-click "keep my account" link of the inactivity warning. It works without login
 * (signed, like the unsubscribe links); reading it changes nothing, as mail scanners follow
 * links; its POST is meaningful contact (T-2), which voids the warning and restarts the period.
 */
@ApplicationScoped
public class KeepAccountService {

    private static final String LABEL = "keep-account";
    private static final String ACTION = "keep-account";

    private final SignedLinks links;
    private final SubjectService subjects;
    private final WerkbankConfig config;

    KeepAccountService(SignedLinks links, SubjectService subjects, WerkbankConfig config) {
        this.links = links;
        this.subjects = subjects;
        this.config = config;
    }

    /** The SPA page the warning links to; the token is in the fragment, so it reaches no server log. */
    public String pageFor(UUID subjectId) {
        return config.spaUrl() + "/keep-account#k=" + links.token(LABEL, subjectId, ACTION);
    }

    @Transactional
    public KeepAccountView show(String token) {
        UUID subjectId = requireValid(token);
        return new KeepAccountView(!subjects.warnedSinceLastContact(subjectId));
    }

    @Transactional
    public KeepAccountView keep(String token) {
        UUID subjectId = requireValid(token);
        subjects.recordMeaningfulContact(subjectId);
        return new KeepAccountView(!subjects.warnedSinceLastContact(subjectId));
    }

    private UUID requireValid(String token) {
        return links.verify(LABEL, token)
                .filter(signed -> ACTION.equals(signed.text()))
                .map(SignedLinks.Signed::id)
                .filter(subjects::exists)
                .orElseThrow(() -> ProblemException.notFound(
                        "This link is not valid: it was changed or is not one of ours. Nothing was changed."));
    }
}
