package org.corroborate.evidence;

import java.util.List;

/** These figures' standings are to be derived again, in the background ({@link StandingQueue}). */
record StandingsStale(List<Long> figureIds) {

    StandingsStale {
        figureIds = List.copyOf(figureIds);
    }
}
