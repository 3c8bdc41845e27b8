package nl.werkbank.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import nl.werkbank.common.CrossSiteRequestCheck;

/**
 * The tests' HTTP client behaves like the SPA: every request carries the header that forms on
 * other sites cannot send (S-4). Tests of the refusal send without it through another client.
 */
public class SameSiteClient implements QuarkusTestBeforeEachCallback {

    private static final Filter SAME_SITE = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName(CrossSiteRequestCheck.HEADER)) {
            request.header(CrossSiteRequestCheck.HEADER, "werkbank");
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(SAME_SITE)) {
            RestAssured.filters(SAME_SITE);
        }
    }
}
