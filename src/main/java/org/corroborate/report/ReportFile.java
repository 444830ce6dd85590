package org.corroborate.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file read for the add-report form: the title it suggests and its text, reduced to plain paragraphs; for a saved
 * web page, also when it was published and in what language, when its metadata says so (null otherwise).
 */
public record ReportFile(String title, String text, @Nullable Instant publishedAt, @Nullable String language) {

    /** A file that says nothing of its date or language (.txt, .md). */
    public ReportFile(String title, String text) {
        this(title, text, null, null);
    }
}
