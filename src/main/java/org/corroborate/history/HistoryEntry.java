package org.corroborate.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of a story's history as the history view shows it. entityType: STORY or FIGURE. */
public record HistoryEntry(Long id, Instant at, String who, String entityType, long entityId, String action,
        @Nullable String before, @Nullable String after) {
}
