package org.corroborate.inbox;

import org.corroborate.evidence.domain.FigureStatus;
import org.jspecify.annotations.Nullable;

/**
 * A story, or a figure of it, waiting for someone: what it is and where to open it; for a figure, how it stands
 * ({@code standing} null while it is being assessed, and for a story).
 */
public record QueueItem(long storyId, String storyTitle, @Nullable Long figureId, @Nullable String figureQuote,
        @Nullable String detail, @Nullable FigureStatus standing) {
}
