package org.corroborate.inbox;

import org.jspecify.annotations.Nullable;

/** A story, or a figure of it, waiting for someone: what it is and where to open it. */
public record QueueItem(long storyId, String storyTitle, @Nullable Long figureId, @Nullable String figureQuote,
        @Nullable String detail) {
}
