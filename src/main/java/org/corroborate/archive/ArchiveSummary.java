package org.corroborate.archive;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An archived copy in a few words: what was read, from where, when, and its fingerprint. */
public record ArchiveSummary(long id, Capture.Kind kind, @Nullable String requestedUrl, String targetUrl,
        Instant capturedAt, @Nullable Integer httpStatus, @Nullable String contentType, long payloadLength,
        String payloadSha256, long warcLength, String createdBy) {

    /** The name a downloaded WARC file gets. */
    public String fileName() {
        return "corroborate-archive-" + id + ".warc.gz";
    }
}
