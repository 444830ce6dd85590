package org.corroborate.report;

import java.time.Instant;
import java.util.List;
import org.corroborate.archive.Capture;
import org.corroborate.source.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A report as the add-report form hands it over: what was pasted, uploaded or fetched, with the assertions as extracted
 * and corrected. Offsets of the assertions refer to {@link ReportText#clean(String) the cleaned text}.
 * {@code capture} is the archived copy of a fetched page; without one, the text itself is archived as given.
 */
public record NewReport(String title, @Nullable SourceRef publisher, @Nullable Instant publishedAt, String language,
        @Nullable String url, String text, List<AssertionDraft> assertions, @Nullable Capture capture) {

    public NewReport {
        assertions = List.copyOf(assertions);
    }

    /** A report pasted or uploaded: its text is what is archived. */
    public NewReport(String title, @Nullable SourceRef publisher, @Nullable Instant publishedAt, String language,
            @Nullable String url, String text, List<AssertionDraft> assertions) {
        this(title, publisher, publishedAt, language, url, text, assertions, null);
    }

    public NewReport withAssertions(List<AssertionDraft> extracted) {
        return new NewReport(title, publisher, publishedAt, language, url, text, extracted, capture);
    }
}
