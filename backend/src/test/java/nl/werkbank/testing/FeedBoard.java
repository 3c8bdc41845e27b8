package nl.werkbank.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A job board as the feed's documentation tells boards to work: follow {@code nextCursor} while
 * {@code hasMore}, store published items, drop removed ones, keep the last cursor to poll with.
 */
public final class FeedBoard {

    private final String token;
    private final Map<String, Map<String, Object>> replica = new HashMap<>();
    private String cursor;
    private int pulls;

    public FeedBoard(String token) {
        this.token = token;
    }

    /** Pulls until the feed says there is nothing more; returns the number of items received. */
    public int catchUp(int limit) {
        int received = 0;
        boolean more = true;
        while (more) {
            JsonPath page = pull(limit);
            received += page.getList("items").size();
            more = page.getBoolean("hasMore");
        }
        return received;
    }

    /** One page, applied to the replica. */
    public JsonPath pull(int limit) {
        var request = given().auth().oauth2(token).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        JsonPath page = request.get("/api/v1/feed/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            String id = (String) item.get("id");
            if ("PUBLISHED".equals(item.get("status"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> posting = (Map<String, Object>) item.get("jobPosting");
                replica.put(id, posting);
            } else {
                replica.remove(id);
            }
        }
        cursor = page.getString("nextCursor");
        pulls++;
        return page;
    }

    public Map<String, Map<String, Object>> replica() {
        return replica;
    }

    public String cursor() {
        return cursor;
    }

    public int pulls() {
        return pulls;
    }
}
