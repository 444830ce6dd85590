package org.corroborate.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corroborate.archive.ArchiveSummary;
import org.corroborate.measure.Quantity;
import org.jspecify.annotations.Nullable;

/** One report as its detail view shows it, with its assertions and the archived copy of what was read. */
public record ReportDetails(Long id, String title, String publisher, Instant publishedAt, String language,
        @Nullable String url, String body, List<AssertionRow> assertions, @Nullable ArchiveSummary archive) {

    /** An assertion with its origin and relays spelt out ("SOHR via AFP"); {@code quantity} as stated. */
    public record AssertionRow(Long id, String quote, int start, int end, Quantity quantity, String qualifier,
            String kind, @Nullable String subject, @Nullable String period, String origin, List<String> via,
            @Nullable String holder) {

        /** The value as a reader in this language writes it: "> 16,000 ha" / « > 16 000 ha ». */
        public String value(Locale locale) {
            return quantity.display(locale);
        }
    }
}
