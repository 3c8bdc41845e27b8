package nl.werkbank.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.assignment.PublishedPosting;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.ReadReplica;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.feed.FeedViews.FeedItem;
import nl.werkbank.feed.FeedViews.FeedItemStatus;
import nl.werkbank.feed.FeedViews.FeedPage;
import org.jboss.logging.Logger;

/**
 * F-1, F-2, F-5: the job-board feed. A pull is the changes after the board's cursor in the order
 * of {@code (changed_at, assignment id)}: a page costs one index range scan at any depth. Items
 * that are published carry their JobPosting; everything else is a tombstone. The entries and the
 * postings are read on the read replica (issue 14); the pull log is written on the primary.
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);

    /** Part of every ETag: raise it when the shape of an item changes, so old tags stop matching. */
    private static final String REPRESENTATION = "feed-v1";

    /** Where a board that has seen nothing starts: before every position. */
    private static final KeysetCursor START = KeysetCursor.after(Instant.EPOCH, new UUID(0, 0));

    /** A page of the feed, or only its tag when the board already has it. */
    public sealed interface Pull permits Fresh, NotModified {
        String etag();
    }

    public record Fresh(String etag, FeedPage page) implements Pull {}

    public record NotModified(String etag) implements Pull {}

    private final FeedRepository feed;
    private final FeedRateLimiter limiter;
    private final AssignmentService assignments;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;
    private final ReadReplica replica;

    FeedService(
            FeedRepository feed,
            FeedRateLimiter limiter,
            AssignmentService assignments,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock,
            ReadReplica replica) {
        this.feed = feed;
        this.limiter = limiter;
        this.assignments = assignments;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
        this.replica = replica;
    }

    /**
     * The changes after {@code cursor}. The tag is computed from the positions of the page's
     * entries, which move whenever an item's content does, so a matching {@code If-None-Match}
     * is answered without loading or serialising a single assignment.
     */
    public Pull changes(FeedClient client, String cursor, Integer limit, Optional<String> ifNoneMatch) {
        limiter.admit(client);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        // A cursor whose position is not a time is refused (400) before any work is done.
        after.ifPresent(KeysetCursor::instantKey);
        Pull pull = QuarkusTransaction.requiringNew().call(() -> {
            List<FeedEntry> fetched = replica.read(reads -> feed.changesAfter(reads, after, size + 1));
            List<FeedEntry> entries = fetched.subList(0, Math.min(size, fetched.size()));
            boolean hasMore = fetched.size() > size;
            String etag = etagOf(after, size, entries, hasMore);
            if (ifNoneMatch.filter(tags -> matches(tags, etag)).isPresent()) {
                feed.recordPull(client, "JSON", 0, clock.instant());
                return new NotModified(etag);
            }
            FeedPage page = pageOf(entries, after, hasMore);
            feed.recordPull(client, "JSON", page.items().size(), clock.instant());
            return new Fresh(etag, page);
        });
        int count = pull instanceof Fresh fresh ? fresh.page().items().size() : 0;
        LOG.infof(
                "Feed pull: client %s, JSON, %d items%s",
                client.clientId(), count, pull instanceof NotModified ? " (not modified)" : "");
        return pull;
    }

    /** Counts the request against the client's limit before a full XML feed is streamed. */
    public void admitFullFeed(FeedClient client) {
        limiter.admit(client);
    }

    /**
     * Every published assignment, written as the stream goes: the entries are read in keyset
     * batches, each in its own short transaction, so memory holds one batch, not the feed.
     */
    public void writeFullFeed(FeedClient client, OutputStream out) {
        int batchSize = config.feed().xmlBatchSize();
        int written = 0;
        try (FeedXmlWriter xml = new FeedXmlWriter(out, config.publicUrl(), clock.instant())) {
            Optional<KeysetCursor> after = Optional.empty();
            do {
                Batch batch = publishedBatch(after, batchSize);
                for (PublishedPosting posting : batch.postings()) {
                    xml.job(posting);
                    written++;
                }
                xml.flush();
                after = batch.next();
            } while (after.isPresent());
        }
        int count = written;
        QuarkusTransaction.requiringNew().run(() -> feed.recordPull(client, "XML", count, clock.instant()));
        LOG.infof("Feed pull: client %s, XML, %d items", client.clientId(), count);
    }

    /** One batch of the full feed, and where the next one starts (none after the last). */
    private record Batch(List<PublishedPosting> postings, Optional<KeysetCursor> next) {}

    private Batch publishedBatch(Optional<KeysetCursor> after, int batchSize) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<FeedEntry> entries = replica.read(reads -> feed.publishedAfter(reads, after, batchSize));
            Map<UUID, PublishedPosting> postings = assignments.publishedPostings(
                    entries.stream().map(FeedEntry::assignmentId).toList());
            List<PublishedPosting> inOrder = new ArrayList<>();
            entries.forEach(
                    e -> Optional.ofNullable(postings.get(e.assignmentId())).ifPresent(inOrder::add));
            Optional<KeysetCursor> next = entries.size() < batchSize
                    ? Optional.empty()
                    : Optional.of(cursorAt(entries.get(entries.size() - 1)));
            return new Batch(inOrder, next);
        });
    }

    private FeedPage pageOf(List<FeedEntry> entries, Optional<KeysetCursor> after, boolean hasMore) {
        Map<UUID, PublishedPosting> postings = assignments.publishedPostings(entries.stream()
                .filter(e -> e.status() == FeedItemStatus.PUBLISHED)
                .map(FeedEntry::assignmentId)
                .toList());
        List<FeedItem> items = entries.stream()
                .map(e -> {
                    PublishedPosting posting = postings.get(e.assignmentId());
                    // An entry read as PUBLISHED whose assignment changed state since is already
                    // superseded by a later entry: it goes out as what it is now, a tombstone.
                    return posting == null || e.status() == FeedItemStatus.REMOVED
                            ? new FeedItem(e.assignmentId(), FeedItemStatus.REMOVED, e.changedAt(), null)
                            : new FeedItem(
                                    e.assignmentId(), FeedItemStatus.PUBLISHED, e.changedAt(), posting.jobPosting());
                })
                .toList();
        KeysetCursor next = entries.isEmpty() ? after.orElse(START) : cursorAt(entries.get(entries.size() - 1));
        return new FeedPage(items, next.encode(), hasMore);
    }

    private static KeysetCursor cursorAt(FeedEntry entry) {
        return KeysetCursor.after(entry.changedAt(), entry.assignmentId());
    }

    private String etagOf(Optional<KeysetCursor> after, int size, List<FeedEntry> entries, boolean hasMore) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, REPRESENTATION);
            update(digest, config.publicUrl());
            update(digest, after.map(KeysetCursor::encode).orElse("-"));
            update(digest, Integer.toString(size));
            update(digest, Boolean.toString(hasMore));
            for (FeedEntry entry : entries) {
                update(digest, entry.assignmentId() + "|" + entry.status() + "|" + entry.changedAt());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** {@code If-None-Match}: {@code *}, or a list of strong tags (weak ones never match a strong comparison). */
    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals("\"" + etag + "\"")) {
                return true;
            }
        }
        return false;
    }
}
