package org.corroborate.archive;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What was read, as a WARC file ready to keep: the HTTP exchanges of a fetch (each redirect, then the final
 * response), or a text as it was pasted. Built when it is read, so that keeping it later (in the transaction
 * that stores the report) only writes bytes.
 */
public final class Capture {

    /** A fetched response or a text pasted or imported as it is. */
    public enum Kind {
        RESPONSE, RESOURCE
    }

    private final Kind kind;
    private final @Nullable String requestedUrl;
    private final String targetUrl;
    private final Instant capturedAt;
    private final @Nullable Integer httpStatus;
    private final @Nullable String contentType;
    private final long payloadLength;
    private final String payloadSha256;
    private final byte[] warc;

    private Capture(Kind kind, @Nullable String requestedUrl, String targetUrl, Instant capturedAt,
            @Nullable Integer httpStatus, @Nullable String contentType, long payloadLength, String payloadSha256,
            byte[] warc) {
        this.kind = kind;
        this.requestedUrl = requestedUrl;
        this.targetUrl = targetUrl;
        this.capturedAt = capturedAt;
        this.httpStatus = httpStatus;
        this.contentType = contentType;
        this.payloadLength = payloadLength;
        this.payloadSha256 = payloadSha256;
        this.warc = warc;
    }

    /** A fetch: every exchange in order, redirects first; the last one is the page that was read. */
    public static Capture of(List<HttpExchange> exchanges) {
        if (exchanges.isEmpty()) {
            throw new IllegalArgumentException("A fetch has at least one exchange");
        }
        HttpExchange last = exchanges.getLast();
        return new Capture(Kind.RESPONSE, exchanges.getFirst().target().toString(), last.target().toString(),
                last.at(), last.status(), last.responseHeader("Content-Type"), last.body().length,
                WarcFiles.sha256(last.body()), WarcFiles.ofExchanges(exchanges));
    }

    /**
     * A text kept as it was given (pasted, uploaded or imported). Its target is the report's address when it
     * has one, else a URN of its own: a WARC record always names what it is a record of.
     */
    public static Capture ofText(String text, @Nullable String url, Instant at) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String target = url == null || url.isBlank() ? "urn:uuid:" + java.util.UUID.randomUUID() : url.strip();
        return new Capture(Kind.RESOURCE, null, target, at, null, WarcFiles.TEXT, bytes.length,
                WarcFiles.sha256(bytes), WarcFiles.ofText(URI.create(target), at, bytes));
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable String requestedUrl() {
        return requestedUrl;
    }

    /** The final address: where the last redirect led. */
    public String targetUrl() {
        return targetUrl;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public @Nullable Integer httpStatus() {
        return httpStatus;
    }

    public @Nullable String contentType() {
        return contentType;
    }

    public long payloadLength() {
        return payloadLength;
    }

    /** SHA-256 (hex) of what was read: the final response's body, or the text's UTF-8 bytes. */
    public String payloadSha256() {
        return payloadSha256;
    }

    /** The WARC file, each record gzipped on its own (a valid {@code .warc.gz}). */
    public byte[] warc() {
        return warc.clone();
    }

    int warcLength() {
        return warc.length;
    }

    byte[] warcBytes() {
        return warc;
    }

    @Override
    public String toString() {
        return "Capture[" + kind + " " + Objects.toString(targetUrl) + " " + payloadSha256 + "]";
    }
}
