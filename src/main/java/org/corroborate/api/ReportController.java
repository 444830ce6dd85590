package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.corroborate.archive.ArchiveSummary;
import org.corroborate.ingest.IngestService;
import org.corroborate.ingest.LinkRequest;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportDetails;
import org.corroborate.report.ReportService;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/reports: ingest a report (its assertions are extracted as the inbox would), from its text or from its
 * web address alone, and read one back with its archived copy.
 */
@RestController
class ReportController {

    private final ReportService reports;
    private final SourceService sources;
    private final IngestService ingest;

    private final TransactionTemplate transaction;

    ReportController(ReportService reports, SourceService sources, IngestService ingest,
            TransactionTemplate transaction) {
        this.reports = reports;
        this.transaction = transaction;
        this.sources = sources;
        this.ingest = ingest;
    }

    record NewReportRequest(@Nullable String title, @Nullable String publisherKey, @Nullable Instant publishedAt,
            @Nullable String language, @Nullable String url, @Nullable String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(long id, String title, String publisher, Instant publishedAt, String language,
            @Nullable String url, String text, List<ReportDetails.AssertionRow> assertions,
            ArchiveController.@Nullable Archive archive) {

        static Report of(ReportDetails r) {
            ArchiveSummary copy = r.archive();
            return new Report(r.id(), r.title(), r.publisher(), r.publishedAt(), r.language(), r.url(), r.body(),
                    r.assertions(), copy == null ? null : ArchiveController.Archive.of(copy));
        }
    }

    @GetMapping(path = "/api/v1/reports/{id}", produces = "application/json")
    Report details(@PathVariable long id) {
        return Report.of(report(id));
    }

    /**
     * Stores a report with the assertions the engine finds in its text; a repeat of a stored one is a 409. With
     * a {@code url} and no {@code text}, the page is fetched and read (title, publisher by web domain, time,
     * language, main text), its response archived; the other fields, when given, replace what the page says.
     */
    @PostMapping(path = "/api/v1/reports", consumes = "application/json", produces = "application/json")
    ResponseEntity<Report> add(@RequestBody NewReportRequest request) {
        if ((request.text() == null || request.text().isBlank()) && request.url() != null && !request.url().isBlank()) {
            long id = ingest.add(new LinkRequest(request.url(), request.title(), request.publisherKey(),
                    request.publishedAt(), request.language()));
            return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(Report.of(report(id)));
        }
        Fields.require().field("title", request.title()).field("publisherKey", request.publisherKey())
                .field("publishedAt", request.publishedAt()).field("language", request.language())
                .field("text", request.text()).check();
        SourceRef publisher = sources.choices().stream().filter(s -> s.key().equalsIgnoreCase(request.publisherKey()))
                .findFirst().orElseThrow(() -> new NoSuchElementException(
                        "No source with the key '" + request.publisherKey() + "'"));
        String language = request.language().strip().toLowerCase(java.util.Locale.ROOT);
        if (!ReportService.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The field 'language' must be 'fr' or 'en'.");
        }
        List<AssertionDraft> assertions = reports.extract(request.text(), language, publisher);
        // Stored and read back in one transaction: a client told of a failure can be sure nothing was stored.
        return transaction.execute(status -> {
            long id = reports.add(new NewReport(request.title(), publisher, request.publishedAt(), language,
                    request.url(), request.text(), assertions));
            return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(Report.of(report(id)));
        });
    }

    private ReportDetails report(long id) {
        return reports.details(id).orElseThrow(() -> new NoSuchElementException("No report " + id));
    }
}
