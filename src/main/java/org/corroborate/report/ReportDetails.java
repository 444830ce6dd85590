package org.corroborate.report;

import java.time.Instant;
import java.util.List;
import org.corroborate.archive.ArchiveSummary;
import org.jspecify.annotations.Nullable;

/** One report as its detail view shows it, with its assertions and the archived copy of what was read. */
public record ReportDetails(Long id, String title, String publisher, Instant publishedAt, String language,
        @Nullable String url, String body, List<AssertionRow> assertions, @Nullable ArchiveSummary archive) {

    /** An assertion with its origin and relays spelt out ("SOHR via AFP"). */
    public record AssertionRow(Long id, String quote, int start, int end, String value, String qualifier,
            String kind, @Nullable String subject, @Nullable String period, String origin, List<String> via) {
    }
}
