package nl.werkbank.feed;

import java.time.Instant;
import java.util.UUID;
import nl.werkbank.feed.FeedViews.FeedItemStatus;

/** One row of {@code feed_entry}: written by the database's triggers, only read here. */
record FeedEntry(UUID assignmentId, FeedItemStatus status, Instant changedAt) {}
