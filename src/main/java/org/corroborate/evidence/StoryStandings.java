package org.corroborate.evidence;

import java.util.Map;
import java.util.Set;
import org.corroborate.evidence.domain.FigureStatus;

/**
 * The stored standing of each figure of a story, for colouring its text and summing it up; {@code pending}: the
 * story's figures whose standing is not stored yet (new figures, derived in the background: "being assessed").
 */
public record StoryStandings(Map<Long, FigureStatus> statusByFigure, Map<FigureStatus, Long> counts,
        Set<Long> pending) {

    public StoryStandings {
        pending = Set.copyOf(pending);
    }
}
