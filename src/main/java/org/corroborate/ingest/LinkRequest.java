package org.corroborate.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report to make from a web address: only {@code url} is needed; any other field given replaces what the
 * page says (its title, its publisher by source key, its time, its language).
 */
public record LinkRequest(String url, @Nullable String title, @Nullable String publisherKey,
        @Nullable Instant publishedAt, @Nullable String language) {
}
