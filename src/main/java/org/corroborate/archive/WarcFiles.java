package org.corroborate.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes captures as WARC 1.1 files with jwarc, and reads the payload that was read back out of them. */
final class WarcFiles {

    static final String TEXT = "text/plain; charset=utf-8";
    /**
     * The body is stored as the client handed it over: de-chunked (no content coding is asked for, so none is
     * applied). A header announcing chunks would make the record unreadable, so it is left out, and the length
     * is the body's.
     */
    private static final Set<String> FRAMING = Set.of("transfer-encoding", "content-length");

    private WarcFiles() {
    }

    static byte[] ofExchanges(List<HttpExchange> exchanges) {
        return write((out, info) -> {
            for (HttpExchange e : exchanges) {
                HttpRequest.Builder http = new HttpRequest.Builder("GET", e.target().getRawPath().isEmpty() ? "/"
                        : e.target().getRawPath() + (e.target().getRawQuery() == null ? "" : "?" + e.target().getRawQuery()));
                e.requestHeaders().forEach(h -> http.addHeader(h.name(), h.value()));
                WarcRequest request = new WarcRequest.Builder(e.target()).date(e.at()).warcinfoId(info)
                        .body(http.build()).build();
                HttpResponse.Builder response = new HttpResponse.Builder(e.status(), e.reason());
                e.responseHeaders().stream().filter(h -> !FRAMING.contains(h.name().toLowerCase(java.util.Locale.ROOT)))
                        .forEach(h -> response.addHeader(h.name(), h.value()));
                response.body(null, e.body());
                WarcResponse.Builder record = new WarcResponse.Builder(e.target()).date(e.at()).warcinfoId(info)
                        .concurrentTo(request.id()).payloadDigest(digest(e.body())).body(response.build());
                address(e.address()).ifPresent(record::ipAddress);
                out.write(request);
                out.write(record.build());
            }
        });
    }

    static byte[] ofText(URI target, Instant at, byte[] text) {
        return write((out, info) -> out.write(new WarcResource.Builder(target).date(at).warcinfoId(info)
                .payloadDigest(digest(text)).body(MediaType.parse(TEXT), text).build()));
    }

    /** The payload of the last response or resource record: what was read. */
    static Optional<ArchivedPayload> payload(byte[] warc) {
        ArchivedPayload last = null;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    HttpResponse http = response.http();
                    last = new ArchivedPayload(response.target(), response.date(), http.status(),
                            http.headers().first("Content-Type").orElse(null), http.body().stream().readAllBytes());
                } else if (record instanceof WarcResource resource) {
                    last = new ArchivedPayload(resource.target(), resource.date(), null,
                            resource.contentType().toString(), resource.body().stream().readAllBytes());
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return Optional.ofNullable(last);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private interface Records {
        void write(WarcWriter out, URI warcinfo) throws IOException;
    }

    private static byte[] write(Records records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter out = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.GZIP)) {
            Warcinfo info = new Warcinfo.Builder().date(Instant.now()).fields(Map.of(
                    "software", List.of("Corroborate"), "format", List.of("WARC File Format 1.1"),
                    "conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/")))
                    .build();
            out.write(info);
            records.write(out, info.id());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static WarcDigest digest(byte[] body) {
        return new WarcDigest("sha256", sha256Digest().digest(body));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Optional<InetAddress> address(String literal) {
        if (literal == null || literal.isBlank()) {
            return Optional.empty();
        }
        try {
            // A literal address: no lookup happens.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }
}
