package nl.werkbank.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.FeedBoard;
import nl.werkbank.testing.PublishingClient;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * F-2, as a property: whatever happens to assignments, in whatever order, interleaved with a
 * board's pulls of any page size, the board that follows the cursors holds exactly the published
 * set, each with the JobPosting the public page shows, once it has caught up.
 *
 * <p>jqwik generates the sequences. jqwik's own engine cannot run inside {@code @QuarkusTest}
 * (which needs the application and its database), so the trials are drawn here from jqwik
 * arbitraries ({@code sampleStream}); a failure reports the sequence, which replays it.
 */
@QuarkusTest
class FeedSyncPropertyTest {

    private static final int TRIALS = 8;

    @Inject
    EntityManager entityManager;

    /** One thing that happens; {@code pick} chooses among the assignments in a fitting state. */
    sealed interface Step {}

    record Create(boolean nameOrganisation, String remote) implements Step {}

    record Publish(int pick) implements Step {}

    record EditDraft(int pick) implements Step {}

    /** No API edits a published assignment yet; a later edit path would change these fields. */
    record EditPublished(int pick) implements Step {}

    record ToggleVerification() implements Step {}

    record Close(int pick) implements Step {}

    record Archive(int pick) implements Step {}

    /** Erasure is not built yet; whatever builds it removes the row, as this does. */
    record Erase(int pick) implements Step {}

    record Pull(int limit) implements Step {}

    record CatchUp(int limit) implements Step {}

    static Arbitrary<Step> steps() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 9);
        Arbitrary<Integer> limit = Arbitraries.integers().between(1, 5);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        4,
                        Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("ONSITE", "HYBRID", "REMOTE"))
                                .as(Create::new)),
                net.jqwik.api.Tuple.of(4, pick.map(Publish::new)),
                net.jqwik.api.Tuple.of(1, pick.map(EditDraft::new)),
                net.jqwik.api.Tuple.of(2, pick.map(EditPublished::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new ToggleVerification())),
                net.jqwik.api.Tuple.of(2, pick.map(Close::new)),
                net.jqwik.api.Tuple.of(1, pick.map(Archive::new)),
                net.jqwik.api.Tuple.of(1, pick.map(Erase::new)),
                net.jqwik.api.Tuple.of(3, limit.map(Pull::new)),
                net.jqwik.api.Tuple.of(1, limit.map(CatchUp::new)));
    }

    @Test
    void theReplicaOfABoardThatFollowsTheCursorsIsThePublishedSet() {
        List<List<Step>> trials = steps().list()
                .ofMinSize(8)
                .ofMaxSize(30)
                .sampleStream()
                .limit(TRIALS)
                .toList();
        for (List<Step> sequence : trials) {
            try {
                run(sequence);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failed on the sequence " + sequence, e);
            }
        }
    }

    /** The assignments of one trial, by state, as the test drove them. */
    private static final class World {
        final List<String> drafts = new ArrayList<>();
        final List<String> published = new ArrayList<>();
        final List<String> closed = new ArrayList<>();
        final List<String> gone = new ArrayList<>();
        boolean verified = true;
        int edits;

        static String pick(List<String> from, int pick) {
            return from.get(pick % from.size());
        }
    }

    private void run(List<Step> sequence) {
        PublishingClient poster = new PublishingClient("Property " + UUID.randomUUID(), true);
        FeedBoard board = new FeedBoard(Tokens.service("property-board-" + UUID.randomUUID(), Role.FEED_READER));
        World world = new World();
        for (Step step : sequence) {
            switch (step) {
                case Create create -> {
                    Map<String, Object> assignment = AssignmentFixtures.assignment("Eigenschap " + UUID.randomUUID());
                    assignment.put("nameOrganisation", create.nameOrganisation());
                    assignment.put("remote", create.remote());
                    world.drafts.add(poster.draft(assignment));
                }
                case Publish publish
                when !world.drafts.isEmpty() -> {
                    String id = World.pick(world.drafts, publish.pick());
                    poster.publish(id);
                    world.drafts.remove(id);
                    world.published.add(id);
                }
                case EditDraft edit
                when !world.drafts.isEmpty() ->
                    poster.edit(
                            World.pick(world.drafts, edit.pick()),
                            AssignmentFixtures.assignment("Bewerkt " + ++world.edits));
                case EditPublished edit
                when !world.published.isEmpty() -> {
                    String id = World.pick(world.published, edit.pick());
                    QuarkusTransaction.requiringNew()
                            .run(() -> entityManager
                                    .createNativeQuery(
                                            "UPDATE assignment SET title = :t, updated_at = now() WHERE id = :id")
                                    .setParameter("t", "Gewijzigd " + ++world.edits)
                                    .setParameter("id", UUID.fromString(id))
                                    .executeUpdate());
                }
                case ToggleVerification toggle -> {
                    var admin = Actors.admin().spec();
                    String path = "/api/v1/organisations/" + poster.organisationId() + "/verification";
                    (world.verified ? admin.delete(path) : admin.post(path))
                            .then()
                            .statusCode(200);
                    world.verified = !world.verified;
                }
                case Close close
                when !world.published.isEmpty() -> {
                    String id = World.pick(world.published, close.pick());
                    poster.close(id);
                    world.published.remove(id);
                    world.closed.add(id);
                }
                case Archive archive
                when !world.closed.isEmpty() -> {
                    String id = World.pick(world.closed, archive.pick());
                    poster.archive(id);
                    world.closed.remove(id);
                    world.gone.add(id);
                }
                case Erase erase
                when !world.published.isEmpty() || !world.closed.isEmpty() -> {
                    List<String> candidates = new ArrayList<>(world.published);
                    candidates.addAll(world.closed);
                    String id = World.pick(candidates, erase.pick());
                    QuarkusTransaction.requiringNew()
                            .run(() -> entityManager
                                    .createNativeQuery("DELETE FROM assignment WHERE id = :id")
                                    .setParameter("id", UUID.fromString(id))
                                    .executeUpdate());
                    world.published.remove(id);
                    world.closed.remove(id);
                    world.gone.add(id);
                }
                case Pull pull -> board.pull(pull.limit());
                case CatchUp catchUp -> {
                    board.catchUp(catchUp.limit());
                    assertCaughtUp(board, world);
                }
                default -> {
                    // The step needs an assignment in a state this trial has none in.
                }
            }
        }
        board.catchUp(100);
        assertCaughtUp(board, world);
    }

    private void assertCaughtUp(FeedBoard board, World world) {
        assertThat(board.replica().keySet()).isEqualTo(publishedNow());
        assertThat(board.replica().keySet()).containsAll(world.published);
        assertThat(world.gone).noneMatch(board.replica()::containsKey);
        for (String id : world.published) {
            Map<String, Object> page = given().get("/api/v1/assignments/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("jobPosting");
            assertThat(board.replica().get(id)).as("JobPosting of %s", id).isEqualTo(page);
            JobPostingShape.assertValid(board.replica().get(id));
        }
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
}
