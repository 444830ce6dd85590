package org.corroborate.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.corroborate.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the feeds that are due, in the background, as the system. Every {@code corroborate.feeds.poll} it takes
 * the due feeds it can lock (another instance sharing the database skips them) and moves their next run an
 * interval later before reading them, so that a feed is read by one instance at a time and a failing feed
 * waits its interval too. It has a thread of its own: enabling Spring's scheduling would add a scheduler that
 * also stands in for the application's task executor, which the UI uses.
 */
@Component
class FeedScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);
    private static final int FEEDS_PER_TURN = 10;

    private final FeedRepository feeds;
    private final FeedRunner runner;
    private final SystemAuthentication system;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final Duration poll;
    private volatile ScheduledExecutorService thread;

    FeedScheduler(FeedRepository feeds, FeedRunner runner, SystemAuthentication system, TransactionTemplate transaction,
            @Value("${corroborate.feeds.enabled:true}") boolean enabled,
            @Value("${corroborate.feeds.poll:PT30S}") Duration poll) {
        this.feeds = feeds;
        this.runner = runner;
        this.system = system;
        this.transaction = transaction;
        this.enabled = enabled;
        this.poll = poll;
    }

    @Override
    public void start() {
        if (enabled) {
            thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("feeds").daemon(true).factory());
            thread.scheduleWithFixedDelay(this::readDueFeedsSafely, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** A failure of one turn (the database gone a moment) must not end the schedule. */
    private void readDueFeedsSafely() {
        try {
            readDueFeeds();
        } catch (RuntimeException failed) {
            log.warn("Due feeds could not be read this turn", failed);
        }
    }

    void readDueFeeds() {
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
