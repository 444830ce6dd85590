package org.corroborate.base.work;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * When someone last asked this instance for something (a page, a click, an API call other than bulk work): bulk work
 * rests only while people are there ({@link Pace}). One instance per application; fed by {@link UserActivityFilter}.
 */
public class UserActivity {

    private final Duration window;
    private final LongSupplier nanoClock;
    private final AtomicLong last;

    /** {@code window}: how long after a request someone counts as still there. */
    public UserActivity(Duration window) {
        this(window, System::nanoTime);
    }

    UserActivity(Duration window, LongSupplier nanoClock) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("The activity window must not be negative: " + window);
        }
        this.window = window;
        this.nanoClock = nanoClock;
        this.last = new AtomicLong(nanoClock.getAsLong() - window.toNanos() - 1);
    }

    /** Someone asked for something now. */
    public void seen() {
        last.set(nanoClock.getAsLong());
    }

    /** When someone last asked for something, on {@link System#nanoTime()}'s scale. */
    public long lastSeenNanos() {
        return last.get();
    }

    /** Whether someone asked for something within the window. */
    public boolean active() {
        return nanoClock.getAsLong() - last.get() <= window.toNanos();
    }
}
