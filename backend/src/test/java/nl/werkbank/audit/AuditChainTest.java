package nl.werkbank.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** S-6: the chain's rules on their own: what verifies, and where a change is found. */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00.123456Z");

    @Test
    void anUntouchedChainVerifies() {
        AuditChain.Result result = verify(AuditChain.Start.GENESIS_START, chain(5));
        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.firstBrokenEntry()).isEmpty();
    }

    @Test
    void aChangedFieldBreaksExactlyThatEntry() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Link third = links.get(2);
        links.set(
                2,
                new AuditChain.Link(
                        third.seq(),
                        third.id(),
                        third.occurredAt(),
                        third.actor(),
                        third.action(),
                        third.subjectRef(),
                        Map.of("organisation", UUID.randomUUID().toString()),
                        third.previousHash(),
                        third.hash()));
        AuditChain.Result result = verify(AuditChain.Start.GENESIS_START, links);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenEntry()).contains(third.id());
        assertThat(result.entries()).isEqualTo(5);
    }

    @Test
    void aRehashedChangeBreaksTheNextEntry() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Link third = links.get(2);
        AuditChain.Link forged = relinked(third, "system", third.previousHash());
        links.set(2, forged);
        AuditChain.Result result = verify(AuditChain.Start.GENESIS_START, links);
        assertThat(result.firstBrokenEntry()).contains(links.get(3).id());
    }

    @Test
    void aRemovedEntryBreaksTheOneAfterIt() {
        List<AuditChain.Link> links = chain(5);
        UUID fourth = links.get(3).id();
        links.remove(2);
        assertThat(verify(AuditChain.Start.GENESIS_START, links).firstBrokenEntry())
                .contains(fourth);
    }

    @Test
    void aChainVerifiesFromTheCheckpointThatRetentionLeft() {
        List<AuditChain.Link> links = chain(6);
        AuditChain.Link lastRemoved = links.get(2);
        List<AuditChain.Link> remaining = links.subList(3, 6);

        AuditChain.Result result = verify(new AuditChain.Start(lastRemoved.seq(), lastRemoved.hash()), remaining);
        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isEqualTo(3);

        AuditChain.Result wrongCheckpoint = verify(new AuditChain.Start(lastRemoved.seq(), "f".repeat(64)), remaining);
        assertThat(wrongCheckpoint.firstBrokenEntry()).contains(remaining.get(0).id());
        assertThat(verify(AuditChain.Start.GENESIS_START, remaining).valid()).isFalse();
    }

    @Test
    void fieldBoundariesAreSealed() {
        UUID id = UUID.randomUUID();
        String one = AuditChain.hashOf(1, id, T0, "system", "A", null, Map.of("ab", "c"), AuditChain.GENESIS);
        String other = AuditChain.hashOf(1, id, T0, "system", "A", null, Map.of("a", "bc"), AuditChain.GENESIS);
        assertThat(one).isNotEqualTo(other).hasSize(64).matches("[0-9a-f]{64}");
    }

    private static List<AuditChain.Link> chain(int length) {
        List<AuditChain.Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditChain.Link unsealed = new AuditChain.Link(
                    seq,
                    UUID.randomUUID(),
                    T0.plusSeconds(seq),
                    "subject:" + UUID.randomUUID(),
                    AuditAction.ORGANISATION_VERIFIED.name(),
                    UUID.randomUUID(),
                    Map.of("organisation", UUID.randomUUID().toString()),
                    previous,
                    null);
            AuditChain.Link link = relinked(unsealed, unsealed.actor(), previous);
            links.add(link);
            previous = link.hash();
        }
        return links;
    }

    /** The link with another actor and a hash recomputed over it, as a forger with database access would. */
    private static AuditChain.Link relinked(AuditChain.Link link, String actor, String previousHash) {
        AuditChain.Link changed = new AuditChain.Link(
                link.seq(),
                link.id(),
                link.occurredAt(),
                actor,
                link.action(),
                link.subjectRef(),
                link.details(),
                previousHash,
                null);
        return new AuditChain.Link(
                link.seq(),
                link.id(),
                link.occurredAt(),
                actor,
                link.action(),
                link.subjectRef(),
                link.details(),
                previousHash,
                AuditChain.hashOf(changed));
    }

    private static AuditChain.Result verify(AuditChain.Start start, List<AuditChain.Link> links) {
        AuditChain.Verifier verifier = new AuditChain.Verifier(start);
        links.forEach(verifier::accept);
        return verifier.result();
    }
}
