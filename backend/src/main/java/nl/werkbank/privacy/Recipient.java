package nl.werkbank.privacy;

import java.util.UUID;

/**
 * Who receives personal data: the party and the person acting for it, when known. The party is
 * stored as a kind and a name (an organisation's name, an assignment's title), never as a sentence,
 * so "who received my data" reads in the subject's own language (issue 16).
 */
public record Recipient(UUID organisationId, UUID personSubjectId, Kind kind, String name, String personName) {

    /** The kinds of receiving party, with the codes stored and sent to the SPA. */
    public enum Kind {
        /** A (verified) organisation, by its name. */
        ORGANISATION("organisation"),
        /** Whoever posted an assignment, known to the subject only by the assignment's title. */
        ASSIGNMENT_POSTER("assignment-poster"),
        /** Werkbank's coach network; a coach is the person who received it. */
        COACH_NETWORK("coach-network");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static Recipient organisation(
            UUID organisationId, UUID personSubjectId, String organisationName, String personName) {
        return new Recipient(organisationId, personSubjectId, Kind.ORGANISATION, organisationName, personName);
    }

    public static Recipient assignmentPoster(UUID organisationId, UUID posterSubjectId, String assignmentTitle) {
        return new Recipient(organisationId, posterSubjectId, Kind.ASSIGNMENT_POSTER, assignmentTitle, null);
    }

    public static Recipient coachNetwork(UUID coachSubjectId, String coachName) {
        return new Recipient(null, coachSubjectId, Kind.COACH_NETWORK, null, coachName);
    }
}
