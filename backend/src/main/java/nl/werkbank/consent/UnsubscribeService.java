package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.consent.ConsentViews.UnsubscribeView;
import nl.werkbank.subject.SubjectService;

/**
 * C-4: what a signed unsubscribe link does. Reading it changes nothing (mail scanners follow
 * links); the POST (RFC 8058 one-click, or the confirmation page) refuses exactly that purpose
 * for exactly that subject, at once. A link we did not sign, or for someone we no longer know,
 * does nothing and says so.
 */
@ApplicationScoped
public class UnsubscribeService {

    private final UnsubscribeLinks links;
    private final ConsentService consents;
    private final SubjectService subjects;

    UnsubscribeService(UnsubscribeLinks links, ConsentService consents, SubjectService subjects) {
        this.links = links;
        this.consents = consents;
        this.subjects = subjects;
    }

    @Transactional
    public UnsubscribeView show(Caller caller, String token) {
        UnsubscribeLinks.Target target = requireValid(token);
        return view(caller, target);
    }

    @Transactional
    public UnsubscribeView unsubscribe(Caller caller, String token) {
        UnsubscribeLinks.Target target = requireValid(token);
        if (consents.allows(target.subjectId(), target.purpose())) {
            consents.record(
                    target.subjectId(),
                    target.purpose(),
                    consents.refusalOf(target.purpose()).orElseThrow(),
                    ConsentChannel.UNSUBSCRIBE_LINK);
        }
        return view(caller, target);
    }

    private UnsubscribeLinks.Target requireValid(String token) {
        return links.verify(token)
                .filter(target -> consents.isRefusable(target.purpose()))
                .filter(target -> subjects.exists(target.subjectId()))
                .orElseThrow(
                        () -> ProblemException.notFound(
                                "This unsubscribe link is not valid: it was changed or is not one of ours. Nothing was changed."));
    }

    private UnsubscribeView view(Caller caller, UnsubscribeLinks.Target target) {
        return new UnsubscribeView(
                target.purpose(),
                consents.nameOf(target.purpose(), caller.language()).orElse(target.purpose()),
                consents.allows(target.subjectId(), target.purpose()));
    }
}
