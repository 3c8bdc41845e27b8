package nl.werkbank.feed;

import jakarta.enterprise.context.RequestScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * F-1: who may pull the feed. The one caller decision of this feature: a machine client
 * (client-credentials token) with the {@code feed-reader} role. People's tokens are refused,
 * even with that role, so a person's session can never be turned into a bulk reader.
 */
@RequestScoped
public class FeedAccess {

    private final CurrentCaller callers;
    private final JsonWebToken token;

    FeedAccess(CurrentCaller callers, JsonWebToken token) {
        this.callers = callers;
        this.token = token;
    }

    /** The board behind the request; 403 for anyone else (the resource answers 401 without a token). */
    public FeedClient requireFeedReader() {
        Caller caller = callers.get();
        if (!caller.isFeedReader()) {
            throw ProblemException.forbidden("The feed is for job boards with a feed-reader client.");
        }
        // Keycloak puts the client id of a client-credentials token in azp (authorised party).
        String clientId = token.getClaim("azp");
        if (clientId == null || clientId.isBlank()) {
            throw ProblemException.forbidden("The token does not name its client.");
        }
        return new FeedClient(clientId);
    }
}
