package org.corroborate.base.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When something says it was published (a report, a story that already ran): at most a day ahead of now, for a
 * dateline's time zone or a feed that states local time as UTC. Later (2099, a typo in the year) is refused: it would
 * stand as the newest word on every figure it touches.
 */
public final class PublicationTime {

    /** How far ahead of now a publication time may be. */
    public static final Duration LATEST_AHEAD = Duration.ofDays(1);

    private PublicationTime() {
    }

    /** Not further ahead of {@code now} than {@link #LATEST_AHEAD}. */
    public static boolean plausible(Instant publishedAt, Instant now) {
        return !publishedAt.isAfter(now.plus(LATEST_AHEAD));
    }
}
