package nl.werkbank.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The hash chain of the audit log (S-6). An entry's hash is SHA-256 over its canonical content
 * and the previous entry's hash; the first entry follows {@link #GENESIS}, or the checkpoint
 * that retention left when it removed older entries.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "werkbank-audit-v1";

    private AuditChain() {}

    /** One entry as the chain sees it: everything the hash covers, plus the hash stored with it. */
    record Link(
            long seq,
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            UUID subjectRef,
            Map<String, String> details,
            String previousHash,
            String hash) {}

    /** Where a chain starts: after the genesis or after the last entry retention removed. */
    record Start(long seq, String hash) {

        static final Start GENESIS_START = new Start(0, GENESIS);
    }

    record Result(boolean valid, long entries, Optional<UUID> firstBrokenEntry) {}

    /**
     * Canonical content: every field length-prefixed, details in key order, so no two different
     * entries share an encoding whatever characters a tampered row holds.
     */
    static String hashOf(
            long seq,
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            UUID subjectRef,
            Map<String, String> details,
            String previousHash) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, VERSION);
        field(canonical, Long.toString(seq));
        field(canonical, String.valueOf(id));
        field(canonical, String.valueOf(occurredAt));
        field(canonical, actor);
        field(canonical, action);
        field(canonical, subjectRef == null ? "" : subjectRef.toString());
        Map<String, String> sorted = new TreeMap<>(details);
        field(canonical, Integer.toString(sorted.size()));
        sorted.forEach((key, value) -> {
            field(canonical, key);
            field(canonical, value);
        });
        field(canonical, previousHash);
        return sha256(canonical.toString());
    }

    static String hashOf(Link link) {
        return hashOf(
                link.seq(),
                link.id(),
                link.occurredAt(),
                link.actor(),
                link.action(),
                link.subjectRef(),
                link.details(),
                link.previousHash());
    }

    /** Checks links fed in sequence order; the first one that does not follow is where the chain broke. */
    static final class Verifier {

        private long expectedSeq;
        private String expectedPreviousHash;
        private long entries;
        private UUID firstBroken;

        Verifier(Start start) {
            this.expectedSeq = start.seq() + 1;
            this.expectedPreviousHash = start.hash();
        }

        void accept(Link link) {
            entries++;
            if (firstBroken != null) {
                return;
            }
            boolean follows = link.seq() == expectedSeq
                    && expectedPreviousHash.equals(link.previousHash())
                    && hashOf(link).equals(link.hash());
            if (!follows) {
                firstBroken = link.id();
                return;
            }
            expectedSeq = link.seq() + 1;
            expectedPreviousHash = link.hash();
        }

        Result result() {
            return new Result(firstBroken == null, entries, Optional.ofNullable(firstBroken));
        }
    }

    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.length()).append(':').append(value).append('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
