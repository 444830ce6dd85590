package org.corroborate.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an import file: a report in the shape the API's {@code POST /api/v1/reports} takes. */
record ImportLine(@Nullable String title, @Nullable String publisherKey, @Nullable Instant publishedAt,
        @Nullable String language, @Nullable String url, @Nullable String text) {
}
