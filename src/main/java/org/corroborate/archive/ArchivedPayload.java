package org.corroborate.archive;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What an archived copy holds, read back from its WARC: the page (or text) as it was received. */
public record ArchivedPayload(String targetUrl, Instant capturedAt, @Nullable Integer httpStatus,
        @Nullable String contentType, byte[] body) {
}
