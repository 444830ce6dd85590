package org.corroborate.report;

import java.time.Instant;
import java.util.List;
import org.corroborate.archive.Capture;
import org.corroborate.source.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A page read for the inbox, to be checked and corrected before it is saved: its title, the source its domain
 * belongs to (or, when no source has that domain, the name the page gives its publisher, in
 * {@code publisherName}), when it was published and in what language as the page says, its final address,
 * its main text, and the archived copy of the response. {@code notes} are translation keys of what could not
 * be read from the page (no date, no language...).
 */
public record ReadLink(String title, @Nullable SourceRef publisher, @Nullable String publisherName,
        @Nullable String domain, @Nullable Instant publishedAt, @Nullable String language, String url, String text,
        Capture capture, List<String> notes) {

    public ReadLink {
        notes = List.copyOf(notes);
    }
}
