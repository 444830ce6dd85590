package org.corroborate.evidence;

import java.util.List;
import org.corroborate.evidence.domain.FigureStatus;

/** A figure that needs a look: contested, warned about, or with a newer value available. */
public record ConflictRow(long figureId, long storyId, String storyTitle, String quote, FigureStatus status,
        List<String> warnings, boolean newerValueAvailable) {
}
