package nl.werkbank.caller;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.werkbank.common.Language;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.organisation.OrganisationService;
import nl.werkbank.subject.SubjectService;

/** Builds callers: for a request ({@link CurrentCaller}) or, without one, for a known account (demo data). */
@ApplicationScoped
public class Callers {

    private final SubjectService subjects;
    private final OrganisationService organisations;
    private final ManageTokens manageTokens;
    private final WerkbankConfig config;

    Callers(
            SubjectService subjects,
            OrganisationService organisations,
            ManageTokens manageTokens,
            WerkbankConfig config) {
        this.subjects = subjects;
        this.organisations = organisations;
        this.manageTokens = manageTokens;
        this.config = config;
    }

    /**
     * @param acceptLanguage the Accept-Language header, if sent
     * @param manageToken the manage-token header, if sent
     */
    public Caller of(
            Caller.Identity identity,
            Optional<String> acceptLanguage,
            String clientAddress,
            Optional<String> manageToken) {
        return new Caller(
                identity,
                clientAddress,
                () -> acceptLanguage
                        .flatMap(Language::fromAcceptLanguage)
                        .or(() -> identity.oidcSubject().flatMap(subjects::preferredLanguage))
                        .or(identity::locale)
                        .orElse(config.defaultLanguage()),
                () -> subjects.subjectOf(identity),
                organisations::membershipOfSubject,
                () -> manageToken.filter(token -> !token.isBlank()).flatMap(manageTokens::assignmentManagedBy));
    }

    /** A person acting outside any request, such as the demo data loader. */
    public Caller forAccount(Caller.Identity identity) {
        return of(identity, Optional.empty(), "local", Optional.empty());
    }
}
