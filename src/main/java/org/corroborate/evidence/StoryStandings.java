package org.corroborate.evidence;

import java.util.Map;
import org.corroborate.evidence.domain.FigureStatus;

/** The stored standing of each figure of a story, for colouring its text and summing it up. */
public record StoryStandings(Map<Long, FigureStatus> statusByFigure, Map<FigureStatus, Long> counts) {
}
