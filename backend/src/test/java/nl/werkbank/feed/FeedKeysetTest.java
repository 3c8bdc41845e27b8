package nl.werkbank.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.werkbank.common.Role;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.FeedBoard;
import nl.werkbank.testing.PublishingClient;
import nl.werkbank.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** F-2: the keyset stays correct while rows change, also when transactions commit out of order. */
@QuarkusTest
class FeedKeysetTest {

    @Inject
    EntityManager entityManager;

    private static FeedBoard newBoard() {
        return new FeedBoard(Tokens.service("keyset-board-" + UUID.randomUUID(), Role.FEED_READER));
    }

    private Set<String> publishedNow() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = entityManager
                    .createNativeQuery("SELECT id FROM assignment WHERE status = 'PUBLISHED'", UUID.class)
                    .getResultList();
            Set<String> set = new HashSet<>();
            ids.forEach(id -> set.add(id.toString()));
            return set;
        });
    }

    @Test
    void rowsThatChangeDuringAPullAreNeitherLostNorLeftStale() {
        PublishingClient poster = new PublishingClient("Keyset " + UUID.randomUUID(), true);
        FeedBoard board = newBoard();
        board.catchUp(100);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(poster.publishNew(AssignmentFixtures.assignment("Keyset " + i)));
        }

        JsonPath first = board.pull(2);
        assertThat(first.getList("items.id", String.class)).containsExactly(ids.get(0), ids.get(1));
        poster.close(ids.get(0));
        poster.close(ids.get(3));
        String late = poster.publishNew(AssignmentFixtures.assignment("Keyset laat"));

        List<Map<String, Object>> rest = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = board.pull(2);
            rest.addAll(page.getList("items"));
            more = page.getBoolean("hasMore");
        }
        assertThat(rest)
                .extracting(i -> i.get("id") + " " + i.get("status"))
                .containsExactly(
                        ids.get(2) + " PUBLISHED",
                        ids.get(4) + " PUBLISHED",
                        ids.get(5) + " PUBLISHED",
                        ids.get(0) + " REMOVED",
                        ids.get(3) + " REMOVED",
                        late + " PUBLISHED");
        List<Instant> positions = rest.stream()
                .map(i -> Instant.parse((String) i.get("updatedAt")))
                .toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(board.replica().keySet()).isEqualTo(publishedNow());
    }

    /**
     * Transaction A changes an assignment and has not committed; B changes another one later. If B
     * could commit first with a later position, a board pulling in between would move its cursor
     * past A's position and never see A. B therefore waits for A, and takes a later position.
     */
    @Test
    void aChangeThatCommitsLateNeverLandsBehindACursorAlreadyHandedOut() throws Exception {
        PublishingClient poster = new PublishingClient("Order " + UUID.randomUUID(), true);
        String first = poster.publishNew(AssignmentFixtures.assignment("Eerst begonnen"));
        String second = poster.publishNew(AssignmentFixtures.assignment("Later begonnen"));
        FeedBoard board = newBoard();
        board.catchUp(100);

        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        database.setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class));
        database.setPassword(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(""));
        try (Connection a = database.getConnection();
                Connection b = database.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            close(a, first);
            CompletableFuture<Void> laterWriter = CompletableFuture.runAsync(() -> {
                try {
                    close(b, second);
                    b.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForTheFeedLock(database);

            JsonPath meanwhile = board.pull(100);
            assertThat(meanwhile.getList("items")).isEmpty();

            a.commit();
            laterWriter.get(10, TimeUnit.SECONDS);
        }
        JsonPath after = board.pull(100);
        assertThat(after.getList("items.id", String.class)).containsExactly(first, second);
        assertThat(after.getList("items.status", String.class)).containsOnly("REMOVED");
        assertThat(board.replica().keySet()).isEqualTo(publishedNow());
    }

    private static void close(Connection connection, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE assignment SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void awaitWaitingForTheFeedLock(PGSimpleDataSource database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection observer = database.getConnection();
                PreparedStatement waiting = observer.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet result = waiting.executeQuery()) {
                    result.next();
                    if (result.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("the later writer never waited for the feed's lock");
    }
}
