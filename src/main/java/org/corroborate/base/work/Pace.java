package org.corroborate.base.work;

import java.time.Duration;

/**
 * Holds a background worker to a share of the time while people use the instance: after each piece of work it rests
 * for as long as the piece took times {@code (1 - duty) / duty} (a duty of 0.5: at most half of one core over time),
 * at most {@value #MAX_REST_MILLIS} ms at once. With nobody there (or a duty of 1) it does not rest: bulk work runs
 * at full speed at night and gives way by day.
 */
public final class Pace {

    static final long MAX_REST_MILLIS = 2_000;

    /** Sleeps; a separate seam so that the rule is tested without waiting. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final double duty;
    private final UserActivity activity;
    private final Sleeper sleeper;

    public Pace(double duty, UserActivity activity) {
        this(duty, activity, Thread::sleep);
    }

    Pace(double duty, UserActivity activity, Sleeper sleeper) {
        if (!(duty > 0 && duty <= 1)) {
            throw new IllegalArgumentException("A duty must be in (0, 1]: " + duty);
        }
        this.duty = duty;
        this.activity = activity;
        this.sleeper = sleeper;
    }

    /** How long to rest after {@code workedNanos} of work now (zero with nobody there). */
    public Duration restAfter(long workedNanos) {
        if (duty >= 1 || workedNanos <= 0 || !activity.active()) {
            return Duration.ZERO;
        }
        long nanos = (long) (workedNanos * (1 - duty) / duty);
        return Duration.ofNanos(Math.min(nanos, Duration.ofMillis(MAX_REST_MILLIS).toNanos()));
    }

    /** Rests as {@link #restAfter} says; an interrupt ends the rest and stays set. */
    public void rest(long workedNanos) {
        Duration rest = restAfter(workedNanos);
        if (rest.isZero()) {
            return;
        }
        try {
            sleeper.sleep(rest);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
