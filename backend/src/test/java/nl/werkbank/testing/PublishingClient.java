package nl.werkbank.testing;

import io.restassured.http.ContentType;
import java.util.Map;
import nl.werkbank.testing.Actors.Actor;

/** A client with an organisation that posts, and an admin who approves, through the real API. */
public final class PublishingClient {

    private final Actor client;
    private final Actor admin = Actors.admin();
    private final String organisationId;

    public PublishingClient(String organisationName, boolean verified) {
        client = Actors.client("Client of " + organisationName);
        organisationId = Actors.organisation(client, organisationName, verified);
    }

    public Actor client() {
        return client;
    }

    public Actor admin() {
        return admin;
    }

    public String organisationId() {
        return organisationId;
    }

    /** A draft of the organisation; returns its id. */
    public String draft(Map<String, Object> assignment) {
        return client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("assignment", assignment))
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public void edit(String id, Map<String, Object> assignment) {
        client.spec()
                .contentType(ContentType.JSON)
                .body(assignment)
                .put("/api/v1/managed-assignments/" + id)
                .then()
                .statusCode(200);
    }

    /** Draft to published: the client submits, the admin approves. */
    public void publish(String id) {
        client.spec()
                .post("/api/v1/managed-assignments/" + id + "/submit")
                .then()
                .statusCode(200);
        admin.spec()
                .post("/api/v1/managed-assignments/" + id + "/approve")
                .then()
                .statusCode(200);
    }

    public String publishNew(Map<String, Object> assignment) {
        String id = draft(assignment);
        publish(id);
        return id;
    }

    public void close(String id) {
        client.spec()
                .post("/api/v1/managed-assignments/" + id + "/close")
                .then()
                .statusCode(200);
    }

    public void archive(String id) {
        client.spec()
                .post("/api/v1/managed-assignments/" + id + "/archive")
                .then()
                .statusCode(200);
    }
}
