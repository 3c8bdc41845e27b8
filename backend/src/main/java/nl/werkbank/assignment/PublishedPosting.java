package nl.werkbank.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * F-1, F-4: a published assignment as feeds and crawlers get it: the public fields, the hiring
 * organisation as it may be named ({@code Confidential} unless named and verified), the page it
 * lives on and its schema.org JobPosting. There is no field for the poster.
 */
public record PublishedPosting(
        UUID id,
        String title,
        String description,
        String region,
        RemoteOption remote,
        Integer rateMinCents,
        Integer rateMaxCents,
        Instant publishedAt,
        LocalDate validThrough,
        String hiringOrganization,
        String pageUrl,
        Map<String, Object> jobPosting) {}
