package nl.werkbank.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.werkbank.common.ClusterLock;
import nl.werkbank.common.WerkbankConfig;
import org.jboss.logging.Logger;

/** The feed's periodic work, once across the cluster (S-8): old rate windows and pull log entries go. */
@ApplicationScoped
public class FeedMaintenance {

    private static final Logger LOG = Logger.getLogger(FeedMaintenance.class);

    /** A window serves its limit for one minute; an hour leaves room for clock skew between instances. */
    private static final Duration RATE_WINDOW_KEPT = Duration.ofHours(1);

    private final FeedRepository feed;
    private final ClusterLock lock;
    private final WerkbankConfig config;
    private final Clock clock;

    FeedMaintenance(FeedRepository feed, ClusterLock lock, WerkbankConfig config, Clock clock) {
        this.feed = feed;
        this.lock = lock;
        this.config = config;
        this.clock = clock;
    }

    /** Returns false when another instance holds the lock and did the work. */
    @Transactional
    public boolean run() {
        if (!lock.tryLock("feed-maintenance")) {
            return false;
        }
        Instant now = clock.instant();
        int windows = feed.forgetRateWindowsBefore(now.minus(RATE_WINDOW_KEPT));
        int pulls = feed.forgetPullsBefore(now.minus(config.feed().pullLogRetention()));
        LOG.infof("Feed maintenance: %d rate windows, %d pull log entries removed", windows, pulls);
        return true;
    }
}
