package org.corroborate.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.archive.ArchiveService;
import org.corroborate.archive.Capture;
import org.corroborate.ingest.FetchFailedException.Reason;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.DuplicateReportException;
import org.corroborate.report.InvalidReportException.Field;
import org.corroborate.report.InvalidReportException.Problem;
import org.corroborate.report.InvalidReportException;
import org.corroborate.report.LinkReader;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReadLink;
import org.corroborate.report.ReportFile;
import org.corroborate.report.ReportService;
import org.corroborate.report.SavedPageReader;
import org.corroborate.security.Role;
import org.corroborate.source.Domains;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reports from web addresses: a page is fetched (safely: {@link PageFetcher}), its main text and metadata read
 * ({@link PageReader}), its publisher found by web domain in the source registry, and its response kept as
 * the report's archived copy when the report is saved. Reading stores nothing.
 */
@Service
public class IngestService implements LinkReader, SavedPageReader {

    private final PageFetcher fetcher;
    private final PageReader reader = new PageReader();
    private final FetchSettings settings;
    private final SourceService sources;
    private final ReportService reports;
    private final ArchiveService archive;

    IngestService(PageFetcher fetcher, FetchSettings settings, SourceService sources, ReportService reports,
            ArchiveService archive) {
        this.fetcher = fetcher;
        this.settings = settings;
        this.sources = sources;
        this.reports = reports;
        this.archive = archive;
    }

    /** Fetches and reads a page for the inbox, where a person checks it before saving. */
    @Override
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ReadLink read(String url) {
        return readLink(fetcher.fetch(url, settings.rules(), PageFetcher.PAGE_TYPES));
    }

    /**
     * A web page saved to a file and uploaded, read as a fetched page is: its main text without the site's navigation,
     * its title from its metadata (og:title before a title with the site's name), its publication time and language
     * (walk F10). Nothing is fetched or stored.
     */
    @Override
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ReportFile read(String fileName, byte[] html) {
        // The reader resolves relative links against an address; a saved page has none of its own.
        String address = "https://saved-page.invalid/" + java.net.URLEncoder.encode(fileName,
                java.nio.charset.StandardCharsets.UTF_8);
        ReadPage page = reader.html(html, null, address);
        return new ReportFile(page.title(), page.text(), page.publishedAt(), page.language());
    }

    /**
     * Makes a report of a web address in one go (the API): fetched, read, its figures extracted, stored with
     * its archived copy. Throws {@link DuplicateReportException} when the address (asked for or reached) or
     * the text is already a report, {@link InvalidReportException} when the page does not say who published it
     * (no source has its domain) and no {@code publisherKey} was given, {@link FetchFailedException} when the
     * page cannot be fetched or read. Nothing is stored then.
     */
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long add(LinkRequest request) {
        reports.findDuplicate(request.url(), null).ifPresent(d -> {
            throw new DuplicateReportException(d);
        });
        ReadLink read = read(request.url());
        SourceRef publisher = request.publisherKey() != null && !request.publisherKey().isBlank()
                ? sources.choices().stream().filter(s -> s.key().equalsIgnoreCase(request.publisherKey().strip()))
                        .findFirst().orElseThrow(() -> new InvalidReportException(List.of(new Problem(Field.PUBLISHER,
                                "import.error.unknown-publisher", List.of(request.publisherKey()),
                                "No source has the key '" + request.publisherKey() + "'."))))
                : read.publisher();
        if (publisher == null) {
            throw new InvalidReportException(List.of(new Problem(Field.PUBLISHER, "link.error.no-source-for-domain",
                    List.of(String.valueOf(read.domain())), "No source publishes under " + read.domain()
                            + ": add the domain to a source, or give publisherKey.")));
        }
        String language = request.language() != null && !request.language().isBlank()
                ? request.language().strip().toLowerCase(Locale.ROOT) : read.language();
        Instant publishedAt = request.publishedAt() != null ? request.publishedAt()
                : read.publishedAt() != null ? read.publishedAt() : read.capture().capturedAt();
        String title = request.title() != null && !request.title().isBlank() ? request.title() : read.title();
        List<AssertionDraft> assertions = language == null ? List.of()
                : reports.extract(read.text(), language, publisher);
        return reports.add(new NewReport(title, publisher, publishedAt, language, read.url(), read.text(), assertions,
                read.capture()));
    }

    /** An archived copy read again, as text: the whole page (menus and all), a PDF's text, a pasted text. */
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<ArchivedText> archivedText(long archiveId) {
        return archive.summary(archiveId).flatMap(summary -> archive.payload(archiveId).map(payload ->
                new ArchivedText(summary, reader.wholeText(payload.body(), payload.contentType(), payload.targetUrl()))));
    }

    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<byte[]> warc(long archiveId) {
        return archive.warc(archiveId);
    }

    /** {@link #read} for work the system does (a feed's items): the caller is checked by its own entry point. */
    ReadLink readPage(String url) {
        return readLink(fetcher.fetch(url, settings.rules(), PageFetcher.PAGE_TYPES));
    }

    /** A fetched page read as a report, with what its metadata did not say noted. */
    ReadLink readLink(Fetched fetched) {
        ReadPage page = reader.read(fetched);
        if (page.text().isBlank()) {
            throw new FetchFailedException(Reason.EMPTY, fetched.finalUrl() + " has no text to read",
                    fetched.finalUrl().toString());
        }
        String url = fetched.finalUrl().toString();
        String domain = Domains.ofAddress(url).orElse(fetched.finalUrl().getHost());
        SourceRef publisher = sources.publisherOf(url).orElse(null);
        List<String> notes = new ArrayList<>();
        if (publisher == null) {
            notes.add("link.note.no-source");
            if (page.siteName() != null) {
                notes.add("link.note.site-name");
            }
        }
        if (page.publishedAt() == null) {
            notes.add("link.note.no-date");
        }
        if (!page.languageDeclared()) {
            notes.add("link.note.language-guessed");
        }
        return new ReadLink(page.title(), publisher, page.siteName(), domain, page.publishedAt(), page.language(),
                url, page.text(), Capture.of(fetched.exchanges()), notes);
    }
}
