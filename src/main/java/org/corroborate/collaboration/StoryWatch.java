package org.corroborate.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.corroborate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A story's live topic: features announce what they changed on a story ({@link StoryChange}), in the transaction
 * that changes it, and views follow the story (through {@link StoryFollowing}) to hear every committed change,
 * from this instance or another, inside their UI, where server push shows it in the browser.
 * <p>
 * Changes are delivered in rounds ({@code corroborate.live.round-ms}, 250 ms): what a UI's followers heard during one
 * round reaches them together, in the order heard and each change once, in one {@code ui.access} per UI, run by a
 * small pool ({@code corroborate.live.dispatchers}, half the cores) rather than by the one thread listening to the
 * database; a UI has at most one delivery under way, so its changes keep their order. When the pool falls behind,
 * UIs still waiting for their last delivery are skipped by the next rounds and their changes gather: live updates
 * come less often rather than taking the cores from people's own requests. The views of one round share their
 * reads ({@link LiveRound}). A round of zero delivers each change at once, on the listening thread (DD017).
 */
@Service
public class StoryWatch {

    private static final Logger log = LoggerFactory.getLogger(StoryWatch.class);

    private final LiveChannel channel;
    private final Duration round;
    private final Map<UI, Inbox> inboxes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;
    private final Executor dispatchers;

    @Autowired
    StoryWatch(LiveChannel channel, @Value("${corroborate.live.round-ms:250}") long roundMillis,
            @Value("${corroborate.live.dispatchers:0}") int dispatchers) {
        this(channel, Duration.ofMillis(roundMillis), roundMillis <= 0 ? null : Executors.newFixedThreadPool(
                dispatchers > 0 ? dispatchers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                Thread.ofPlatform().daemon().name("live-dispatch-", 1).factory()));
    }

    /** With the pool {@code dispatchers} that hands rounds to UIs (tests: the caller's thread). */
    StoryWatch(LiveChannel channel, Duration round, Executor dispatchers) {
        this.channel = channel;
        this.round = round.isNegative() ? Duration.ZERO : round;
        this.dispatchers = dispatchers;
        if (this.round.isZero()) {
            this.ticker = null;
        } else {
            this.ticker = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("live-round").factory());
            ticker.scheduleWithFixedDelay(this::deliverRound, round.toMillis(), round.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The name of a story's topic on the live channel. */
    public static String topic(long storyId) {
        return "story:" + storyId;
    }

    /** Announces a change on the story, delivered when the current transaction commits (never on rollback). */
    @PreAuthorize(Role.Names.CAN_READ)
    public void announce(long storyId, StoryChange change) {
        channel.announce(topic(storyId), change.wire());
    }

    /**
     * Calls {@code onChanges} in {@code ui} with the changes announced on the story (those of one round together, in
     * the order heard, each once), until the handle is closed or the UI is gone (a page closed without its views being
     * detached: the follower then lets go by itself rather than failing on every later change).
     */
    @PreAuthorize(Role.Names.CAN_READ)
    public LiveChannel.Subscription follow(UI ui, long storyId, Consumer<List<StoryChange>> onChanges) {
        Follower follower = new Follower(ui, onChanges);
        if (!round.isZero()) {
            follower.inbox = inboxes.compute(ui, (u, inbox) -> {
                Inbox joined = inbox == null ? new Inbox(u) : inbox;
                synchronized (joined) {
                    joined.followers++;
                }
                return joined;
            });
        }
        follower.subscription = channel.subscribe(topic(storyId), message -> {
            StoryChange change = StoryChange.read(message);
            if (change != null && !follower.closed) {
                heard(follower, change);
            }
        });
        return follower::close;
    }

    private void heard(Follower follower, StoryChange change) {
        if (round.isZero()) {
            deliver(follower.ui, List.of(new Heard(follower, change)), new LiveRound());
            return;
        }
        Inbox inbox = follower.inbox;
        synchronized (inbox) {
            if (!follower.closed) {
                inbox.pending.add(new Heard(follower, change));
            }
        }
    }

    /** Hands each UI what its followers heard since its last delivery, unless a delivery is still under way. */
    void deliverRound() {
        try {
            // Every UI's batch is taken before any is handed over: a read shared in the round (made by the first
            // delivery) then follows every change of every batch. Taken one after another, a change committed
            // after the first delivery's read would reach a later UI in this round with that older read, and in no
            // later round.
            Map<Inbox, List<Heard>> batches = new java.util.LinkedHashMap<>();
            for (Inbox inbox : inboxes.values()) {
                synchronized (inbox) {
                    if (inbox.underWay || inbox.pending.isEmpty()) {
                        continue;
                    }
                    batches.put(inbox, new ArrayList<>(inbox.pending));
                    inbox.pending.clear();
                    inbox.underWay = true;
                }
            }
            LiveRound shared = new LiveRound();
            batches.forEach((inbox, batch) -> {
                try {
                    dispatchers.execute(() -> deliver(inbox.ui, batch, shared, inbox));
                } catch (RuntimeException e) {
                    done(inbox);
                    log.warn("A live delivery could not be handed over", e);
                }
            });
        } catch (RuntimeException e) {
            log.warn("A live round failed", e);
        }
    }

    private void deliver(UI ui, List<Heard> batch, LiveRound shared) {
        deliver(ui, batch, shared, null);
    }

    private void deliver(UI ui, List<Heard> batch, LiveRound shared, Inbox inbox) {
        try {
            ui.access(() -> {
                try {
                    shared.run(() -> handOver(batch));
                } finally {
                    done(inbox);
                }
            });
        } catch (UIDetachedException gone) {
            batch.forEach(heard -> heard.follower.close());
            done(inbox);
        } catch (RuntimeException e) {
            done(inbox);
            log.warn("A live delivery failed", e);
        }
    }

    /** Each follower gets its changes of the batch, in the order heard, each once. */
    private static void handOver(List<Heard> batch) {
        Map<Follower, Set<StoryChange>> byFollower = new java.util.LinkedHashMap<>();
        for (Heard heard : batch) {
            if (!heard.follower.closed) {
                byFollower.computeIfAbsent(heard.follower, f -> new LinkedHashSet<>()).add(heard.change);
            }
        }
        byFollower.forEach((follower, changes) -> {
            if (!follower.closed) {
                try {
                    follower.onChanges.accept(List.copyOf(changes));
                } catch (RuntimeException e) {
                    log.warn("A live subscriber failed", e);
                }
            }
        });
    }

    private void done(Inbox inbox) {
        done(inbox, true);
    }

    /** A delivery ended ({@code delivered}) or a follower let go: an inbox nobody follows any more goes. */
    private void done(Inbox inbox, boolean delivered) {
        if (inbox == null) {
            return;
        }
        inboxes.computeIfPresent(inbox.ui, (ui, current) -> {
            synchronized (current) {
                if (delivered && current == inbox) {
                    current.underWay = false;
                }
                return current.followers <= 0 && !current.underWay ? null : current;
            }
        });
        if (delivered) {
            synchronized (inbox) {
                inbox.underWay = false;
            }
        }
    }

    /** How many UIs have a view following a story now (for tests and diagnostics). */
    int followedUis() {
        return inboxes.size();
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (dispatchers instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /** What a UI's followers heard since its last delivery. */
    private static final class Inbox {
        final UI ui;
        final List<Heard> pending = new ArrayList<>();
        boolean underWay;
        int followers;

        Inbox(UI ui) {
            this.ui = ui;
        }
    }

    private record Heard(Follower follower, StoryChange change) {
    }

    /** One view following one story in one UI. */
    private final class Follower {
        final UI ui;
        final Consumer<List<StoryChange>> onChanges;
        LiveChannel.Subscription subscription;
        Inbox inbox;
        volatile boolean closed;

        Follower(UI ui, Consumer<List<StoryChange>> onChanges) {
            this.ui = ui;
            this.onChanges = onChanges;
        }

        void close() {
            if (subscription != null) {
                subscription.close();
            }
            if (inbox == null) {
                closed = true;
                return;
            }
            synchronized (inbox) {
                if (closed) {
                    return;
                }
                closed = true;
                inbox.followers--;
                inbox.pending.removeIf(heard -> heard.follower == this);
            }
            done(inbox, false);
        }
    }
}
