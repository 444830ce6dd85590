package org.corroborate.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A registered feed and how its runs go, as the feeds view and the API show it. */
public record FeedRow(long id, long version, String url, String title, @Nullable Long publisherId,
        @Nullable String publisherName, @Nullable String language, int intervalMinutes, boolean paused,
        Instant nextRunAt, @Nullable Instant lastRunAt, @Nullable Instant lastSuccessAt, @Nullable String lastError,
        int lastItems, int lastImported, long itemsImported) {
}
