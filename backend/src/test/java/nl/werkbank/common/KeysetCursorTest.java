package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.werkbank.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void roundTripsThroughItsOpaqueForm() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-23T10:15:30.123456Z");
        KeysetCursor cursor = KeysetCursor.after(at, id);

        String opaque = cursor.encode();

        assertThat(opaque).doesNotContain(id.toString()).matches("[A-Za-z0-9_-]+");
        KeysetCursor decoded = KeysetCursor.decode(opaque);
        assertThat(decoded.id()).isEqualTo(id);
        assertThat(decoded.instantKey()).isEqualTo(at);
    }

    @Test
    void somethingWeDidNotIssueIsA400OnCursor() {
        for (String forged : List.of("", "not base64 !", "djF8fA", "djJ8MjAyNnx4")) {
            assertThatThrownBy(() -> KeysetCursor.decode(forged)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.violations())
                        .extracting(ProblemException.Violation::field)
                        .containsExactly("cursor");
            });
        }
    }

    @Test
    void aPageIsCutAtTheLimitAndPointsAfterItsLastItem() {
        List<Integer> fetched = IntStream.rangeClosed(1, 4).boxed().toList();
        UUID[] ids = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};

        Page<Integer> page = Page.of(fetched, 3, n -> KeysetCursor.after(Instant.EPOCH.plusSeconds(n), ids[n - 1]));

        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(KeysetCursor.decode(page.nextCursor()).id()).isEqualTo(ids[2]);
        assertThat(Page.of(fetched, 4, n -> KeysetCursor.after(Instant.EPOCH, ids[0]))
                        .nextCursor())
                .isNull();
    }
}
