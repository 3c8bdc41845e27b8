package nl.werkbank.assignment;

import java.time.Instant;
import java.util.UUID;

/** A published assignment's place in the sitemap: which page, and when it last changed. */
public record PageLocation(UUID id, Instant publishedAt, Instant lastModified) {}
