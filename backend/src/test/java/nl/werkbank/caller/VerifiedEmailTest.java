package nl.werkbank.caller;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.Role;
import nl.werkbank.privacy.erasure.SuppressionList;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * S-4 (issue 15): the address a person is known by comes only from a claim the identity provider
 * verified ({@code email_verified}). An unverified claim is anyone's typing: it must not become
 * the account's address, and so cannot tie someone else's address to this account (here: put it
 * on the erased-addresses list when the account is erased).
 */
@QuarkusTest
class VerifiedEmailTest {

    @Inject
    SuppressionList suppressionList;

    @Test
    void anUnverifiedAddressIsNotTheAccountsAndItsErasureLeavesTheAddressAlone() {
        String victim = AssignmentFixtures.uniqueEmail("victim");
        String token = token(victim, false);

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("email", nullValue());
        erase(token);

        assertThat(QuarkusTransaction.requiringNew().call(() -> suppressionList.wasErased(victim)))
                .as("an address the eraser never proved is not treated as theirs")
                .isFalse();
    }

    @Test
    void aVerifiedAddressIsTheAccountsAndGoesWithItsErasure() {
        String own = AssignmentFixtures.uniqueEmail("own");
        String token = token(own, true);

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("email", equalTo(own));
        erase(token);

        assertThat(QuarkusTransaction.requiringNew().call(() -> suppressionList.wasErased(own)))
                .isTrue();
    }

    private static String token(String email, boolean verified) {
        return Tokens.sign(Tokens.personClaims("kc-" + UUID.randomUUID(), "Eva Email", email, null, Role.PROFESSIONAL)
                .claim("email_verified", verified));
    }

    private static void erase(String token) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE"))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202);
    }
}
