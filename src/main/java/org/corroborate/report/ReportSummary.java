package org.corroborate.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the report list. */
public record ReportSummary(Long id, String title, String publisher, Instant publishedAt, String language,
        @Nullable String url, long assertionCount) {
}
