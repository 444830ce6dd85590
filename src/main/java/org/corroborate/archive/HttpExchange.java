package org.corroborate.archive;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as sent and the response as received, body included: what a WARC request and response
 * record pair holds. {@code address} is the server's IP address, when known.
 */
public record HttpExchange(URI target, Instant at, @Nullable String address, List<Header> requestHeaders,
        int status, String reason, List<Header> responseHeaders, byte[] body) {

    public HttpExchange {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }

    /** A header line, in the order and case it was sent or received. */
    public record Header(String name, String value) {
    }

    /** The first value of a response header, whatever its case. */
    public @Nullable String responseHeader(String name) {
        return responseHeaders.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value)
                .findFirst().orElse(null);
    }
}
