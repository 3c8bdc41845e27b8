package nl.werkbank.testing;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;

/** Contact requests, introductions and colleagues (K-1..K-3, O-2) made through the real API. */
public final class IntroductionFixtures {

    private IntroductionFixtures() {}

    public static Map<String, Object> contactRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("topics", List.of("STARTING_AS_FREELANCER"));
        body.put("motivation", "Ik wil graag sparren over de start als zzp'er.");
        body.put("shareMotivation", true);
        body.put("contact", Map.of("name", "Petra A", "email", AssignmentFixtures.uniqueEmail("candidate")));
        return body;
    }

    /** A professional's open contact request; returns its id. */
    public static String contactRequestOf(Actor professional) {
        return professional
                .spec()
                .contentType(ContentType.JSON)
                .body(contactRequest())
                .post("/api/v1/contact-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> introduction() {
        return Map.of("message", "Wij zoeken een interim projectleider voor drie maanden.");
    }

    /** A member of a verified organisation asks for an introduction to an anonymous profile; returns its id. */
    public static String introductionFrom(Actor client, String profileId) {
        return client.spec()
                .contentType(ContentType.JSON)
                .body(introduction())
                .post("/api/v1/profiles/" + profileId + "/introductions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A member invites a new address; returns the token of the mailed link. */
    public static String invitationTokenOf(Client member) {
        String email = AssignmentFixtures.uniqueEmail("invited");
        invitationOf(member, email);
        return Mailbox.latestTokenSentTo(email);
    }

    /** A member invites an address; returns the invitation's id. */
    public static String invitationOf(Client member, String email) {
        return member.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("email", email))
                .post("/api/v1/me/organisation/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new client asks to join the organisation with this KvK number; returns the request's id. */
    public static String joinRequestTo(String kvkNumber) {
        return Actors.client("Jan Joiner")
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("kvkNumber", kvkNumber))
                .post("/api/v1/organisation-join-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new client joins the member's organisation (asked and approved); returns their colleague id. */
    public static String colleagueOf(Client member, String kvkNumber) {
        return member.spec()
                .post("/api/v1/me/organisation/join-requests/" + joinRequestTo(kvkNumber) + "/approval")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    public static String kvkNumberOf(Client member) {
        return member.spec()
                .get("/api/v1/me/organisation")
                .then()
                .statusCode(200)
                .extract()
                .path("kvkNumber");
    }
}
