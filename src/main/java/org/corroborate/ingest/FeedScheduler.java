package org.corroborate.ingest;

import java.time.Instant;
import java.util.List;
import org.corroborate.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the feeds that are due, in the background, as the system. Every {@code corroborate.feeds.poll} it takes
 * the due feeds it can lock (another instance sharing the database skips them) and moves their next run an
 * interval later before reading them, so that a feed is read by one instance at a time and a failing feed
 * waits its interval too.
 */
@Configuration
@EnableScheduling
class FeedScheduler {

    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);
    private static final int FEEDS_PER_TURN = 10;

    private final FeedRepository feeds;
    private final FeedRunner runner;
    private final SystemAuthentication system;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    FeedScheduler(FeedRepository feeds, FeedRunner runner, SystemAuthentication system, TransactionTemplate transaction,
            @Value("${corroborate.feeds.enabled:true}") boolean enabled) {
        this.feeds = feeds;
        this.runner = runner;
        this.system = system;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${corroborate.feeds.poll:PT30S}", initialDelayString = "${corroborate.feeds.poll:PT30S}")
    void readDueFeeds() {
        if (!enabled) {
            return;
        }
        List<Long> due = transaction.execute(status -> {
            List<Feed> locked = feeds.lockDue(FEEDS_PER_TURN);
            Instant now = Instant.now();
            locked.forEach(f -> f.claim(now));
            return locked.stream().map(Feed::getId).toList();
        });
        for (Long id : due == null ? List.<Long>of() : due) {
            try {
                int imported = system.call(() -> runner.run(id));
                if (imported > 0) {
                    log.info("Feed {}: {} new reports", id, imported);
                }
            } catch (RuntimeException failed) {
                log.warn("Feed {} could not be read", id, failed);
            }
        }
    }
}
