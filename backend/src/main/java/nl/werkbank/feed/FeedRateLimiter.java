package nl.werkbank.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;

/**
 * F-5: requests per job board per minute. The count lives in PostgreSQL and is raised by one
 * atomic upsert per request, so every instance behind the load balancer counts against the same
 * number; nothing is held in memory. It commits on its own connection, outside the request's
 * transaction, so a refused or failed request still counts and no lock is held while a page is read.
 */
@ApplicationScoped
public class FeedRateLimiter {

    private static final String COUNT = """
            INSERT INTO feed_rate_window (client_id, window_start, requests) VALUES (?, ?, 1)
            ON CONFLICT (client_id, window_start)
            DO UPDATE SET requests = feed_rate_window.requests + 1
            RETURNING requests""";

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final WerkbankConfig config;
    private final Clock clock;

    FeedRateLimiter(DataSource dataSource, WerkbankConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** Counts this request, or refuses it with 429 and the seconds until the client's next window. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void admit(FeedClient client) {
        Instant now = clock.instant();
        Instant windowStart = now.truncatedTo(ChronoUnit.MINUTES);
        int limit = limitOf(client);
        if (count(client, windowStart) > limit) {
            long retryAfter =
                    Math.max(1, (Duration.between(now, windowStart.plus(WINDOW)).toMillis() + 999) / 1000);
            throw ProblemException.tooManyRequests(
                    "This client may pull the feed " + limit + " times per minute.", retryAfter);
        }
    }

    int limitOf(FeedClient client) {
        WerkbankConfig.FeedClient own = config.feed().clients().get(client.clientId());
        return own == null ? config.feed().requestsPerMinute() : own.requestsPerMinute();
    }

    private int count(FeedClient client, Instant windowStart) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(COUNT)) {
            statement.setString(1, client.clientId());
            statement.setTimestamp(2, Timestamp.from(windowStart));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The feed's rate limit could not be counted", e);
        }
    }
}
