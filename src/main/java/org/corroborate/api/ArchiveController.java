package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.corroborate.archive.ArchiveService;
import org.corroborate.archive.ArchiveSummary;
import org.corroborate.ingest.IngestService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/archives: the archived copy of what a report said, as facts, as a WARC file and as plain text. */
@RestController
class ArchiveController {

    private final ArchiveService archive;
    private final IngestService ingest;

    ArchiveController(ArchiveService archive, IngestService ingest) {
        this.archive = archive;
        this.ingest = ingest;
    }

    /** An archived copy: a fetched response ({@code kind} response) or a text kept as given (resource). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Archive(long id, String kind, @Nullable String requestedUrl, String url, Instant capturedAt,
            @Nullable Integer status, @Nullable String contentType, long length, String sha256, long warcLength,
            String warc, String text) {

        static Archive of(ArchiveSummary s) {
            return new Archive(s.id(), s.kind().name().toLowerCase(java.util.Locale.ROOT), s.requestedUrl(),
                    s.targetUrl(), s.capturedAt(), s.httpStatus(), s.contentType(), s.payloadLength(),
                    s.payloadSha256(), s.warcLength(), "/api/v1/archives/" + s.id() + "/warc",
                    "/api/v1/archives/" + s.id() + "/text");
        }
    }

    @GetMapping(path = "/api/v1/archives/{id}", produces = "application/json")
    Archive details(@PathVariable long id) {
        return Archive.of(archive.summary(id).orElseThrow(() -> missing(id)));
    }

    /** The WARC file (ISO 28500, each record gzipped): {@code application/warc}, to save as {@code .warc.gz}. */
    @GetMapping(path = "/api/v1/archives/{id}/warc")
    ResponseEntity<byte[]> warc(@PathVariable long id) {
        ArchiveSummary summary = archive.summary(id).orElseThrow(() -> missing(id));
        byte[] warc = archive.warc(id).orElseThrow(() -> missing(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/warc"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(summary.fileName()).build().toString())
                .body(warc);
    }

    /** The whole of what was read, as plain text (never the page's markup or scripts). */
    @GetMapping(path = "/api/v1/archives/{id}/text", produces = "text/plain;charset=UTF-8")
    String text(@PathVariable long id) {
        return ingest.archivedText(id).orElseThrow(() -> missing(id)).text();
    }

    private static NoSuchElementException missing(long id) {
        return new NoSuchElementException("No archived copy " + id);
    }
}
