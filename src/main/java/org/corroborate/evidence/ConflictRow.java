package org.corroborate.evidence;

import java.util.List;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.WarningCode;

/**
 * A figure that needs a look: contested, warned about, or with a newer value available, as its stored standing says
 * (the figure panel explains each warning in full).
 */
public record ConflictRow(long figureId, long storyId, String storyTitle, String quote, FigureStatus status,
        List<WarningCode> warnings, boolean newerValueAvailable) {

    public ConflictRow {
        warnings = List.copyOf(warnings);
    }
}
