package nl.werkbank.introduction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.organisation.Membership;

/**
 * Who may do what with contact requests and introductions (K-1..K-3). A request the caller may
 * not know exists is a 404: a candidate's own, a professional's incoming, an organisation's asked.
 */
@ApplicationScoped
public class IntroductionAccess {

    /** K-1: candidates are professionals; the answer is their subject. */
    public UUID requireCandidate(Caller caller) {
        caller.requireRole(Role.PROFESSIONAL, "Contact requests to coaches are for professionals.");
        return caller.subjectId();
    }

    /** K-1, K-2: only coaches see anonymised requests and accept them; the answer is their subject. */
    public UUID requireCoach(Caller caller) {
        caller.requireRole(Role.COACH, "This needs the coach role.");
        return caller.subjectId();
    }

    public ContactRequest requireOwnRequest(UUID candidate, ContactRequest request) {
        if (request == null || !request.subjectId.equals(candidate)) {
            throw ProblemException.notFound("No such contact request.");
        }
        return request;
    }

    /** K-3: asking for an introduction needs a verified organisation (O-1). */
    public Membership requireVerifiedMember(Caller caller) {
        if (!caller.isClient()) {
            throw ProblemException.forbidden("Introductions are asked for by client organisations.");
        }
        Membership membership = caller.membership()
                .orElseThrow(() -> ProblemException.forbidden("Register or join your organisation first."));
        if (!membership.verified()) {
            throw ProblemException.forbidden("Your organisation is not verified yet.");
        }
        return membership;
    }

    /** K-3: a client's organisation, verified or not, sees what it asked for. */
    public Membership requireMember(Caller caller) {
        caller.requireRole(Role.CLIENT, "This needs the client role.");
        return caller.membership()
                .orElseThrow(() -> ProblemException.forbidden("Your account does not belong to an organisation yet."));
    }

    /** K-3: the professional the introduction is for decides it. */
    public UUID requireProfessional(Caller caller) {
        caller.requireRole(Role.PROFESSIONAL, "Introductions are answered by professionals.");
        return caller.subjectId();
    }

    public Introduction requireAddressedTo(UUID professional, Introduction introduction) {
        if (introduction == null || !introduction.subjectId.equals(professional)) {
            throw ProblemException.notFound("No such introduction.");
        }
        return introduction;
    }
}
