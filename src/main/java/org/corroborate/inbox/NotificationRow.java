package org.corroborate.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification as its recipient sees it, with what it links to. */
public record NotificationRow(long id, NotificationKind kind, long storyId, String storyTitle, @Nullable Long figureId,
        @Nullable String figureQuote, String actor, String actorName, @Nullable String excerpt, Instant createdAt,
        boolean read) {
}
