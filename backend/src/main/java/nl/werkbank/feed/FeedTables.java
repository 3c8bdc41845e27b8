package nl.werkbank.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** The feed's bookkeeping names assignments and job boards, never people (F-1, F-5). */
@ApplicationScoped
class FeedTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "feed_entry", "assignment ids, states and times",
                "feed_rate_window", "job-board client ids and request counts",
                "feed_pull", "job-board client ids, formats and counts");
    }
}
