package org.corroborate.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An item a feed listed, and what became of it: IMPORTED (as {@code reportId}), DUPLICATE or FAILED ({@code reason}). */
public record FeedItemRow(String key, @Nullable String url, String outcome, @Nullable String reason,
        @Nullable Long reportId, int attempts, Instant seenAt) {
}
