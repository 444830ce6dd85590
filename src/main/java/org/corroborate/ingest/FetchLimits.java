package org.corroborate.ingest;

import java.time.Duration;

/**
 * How long and how much a fetch may take: to connect, between two reads, in all, the bytes of a response, and
 * the redirects followed. A server that is slow, endless or huge is cut off, not waited for.
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxBytes,
        int maxRedirects) {

    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30), 10 * 1024 * 1024, 5);

    /** "10 MB" for messages. */
    String maxSizeLabel() {
        return maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " kB";
    }
}
