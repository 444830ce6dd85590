package org.corroborate.report;

import java.time.Instant;
import java.util.List;
import org.corroborate.source.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A report as the add-report form hands it over: what was pasted or uploaded, with the assertions as extracted and
 * corrected. Offsets of the assertions refer to {@link ReportText#clean(String) the cleaned text}.
 */
public record NewReport(String title, @Nullable SourceRef publisher, @Nullable Instant publishedAt, String language,
        @Nullable String url, String text, List<AssertionDraft> assertions) {

    public NewReport {
        assertions = List.copyOf(assertions);
    }
}
