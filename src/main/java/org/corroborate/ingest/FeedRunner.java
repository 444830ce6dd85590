package org.corroborate.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.ingest.FeedItems.Outcome;
import org.corroborate.report.Duplicate;
import org.corroborate.report.ImportRejection;
import org.corroborate.report.ImportSummary;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReadLink;
import org.corroborate.report.ReportImportService;
import org.corroborate.report.ReportService;
import org.corroborate.report.UnreadableLinkException;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of a feed: the feed is fetched and read; each item not seen before (and not already a report by its
 * address) has its page fetched, read and archived like a link pasted in the inbox; the new reports are
 * imported together through the import service, which checks each, skips duplicates by address and text
 * fingerprint, extracts the figures, stores reports, copies and assertions in one transaction per batch and
 * re-derives standings once. Every item's outcome is remembered. Runs as whoever calls it (the scheduler: the
 * system).
 */
@Component
class FeedRunner {

    /** Items fetched in one run at most; the rest wait for the next run (a feed that lists hundreds is read in turns). */
    static final int ITEMS_PER_RUN = 50;

    private static final Logger log = LoggerFactory.getLogger(FeedRunner.class);

    private final FeedRepository feeds;
    private final FeedItems items;
    private final PageFetcher fetcher;
    private final FetchSettings settings;
    private final IngestService ingest;
    private final ReportService reports;
    private final ReportImportService imports;
    private final SourceService sources;
    private final TransactionTemplate transaction;
    private final FeedReader reader = new FeedReader();

    FeedRunner(FeedRepository feeds, FeedItems items, PageFetcher fetcher, FetchSettings settings,
            IngestService ingest, ReportService reports, ReportImportService imports, SourceService sources,
            TransactionTemplate transaction) {
        this.feeds = feeds;
        this.items = items;
        this.fetcher = fetcher;
        this.settings = settings;
        this.ingest = ingest;
        this.reports = reports;
        this.imports = imports;
        this.sources = sources;
        this.transaction = transaction;
    }

    /** A feed's items, ready to import, with the key of each. */
    private record Pending(FeedReader.Item item, NewReport draft) {
    }

    /** Runs the feed once; returns the reports it imported. A failure is kept as the feed's last error. */
    int run(long feedId) {
        Feed feed = feeds.findById(feedId).orElse(null);
        if (feed == null) {
            return 0;
        }
        Instant at = Instant.now();
        int listed = 0;
        int imported = 0;
        String error = null;
        try {
            FeedReader.Read read = reader.read(fetcher.fetch(feed.getUrl(), settings.rules(), PageFetcher.FEED_TYPES).body());
            listed = read.items().size();
            imported = importNew(feed, read);
        } catch (UnreadableLinkException failed) {
            error = failed.getMessage();
        } catch (RuntimeException failed) {
            log.warn("Feed {} failed", feed.getUrl(), failed);
            error = failed.getClass().getSimpleName() + ": " + failed.getMessage();
        }
        int items = listed;
        int stored = imported;
        String problem = error;
        transaction.executeWithoutResult(status -> feeds.lock(feedId).ifPresent(f -> f.ran(at, items, stored, problem)));
        return imported;
    }

    private int importNew(Feed feed, FeedReader.Read read) {
        var settled = items.settled(feed.getId(), read.items().stream().map(FeedReader.Item::key).toList());
        SourceRef feedPublisher = feed.getPublisherId() == null ? null : sources.choices().stream()
                .filter(s -> s.id() == feed.getPublisherId()).findFirst().orElse(null);
        String language = feed.getLanguage() != null ? feed.getLanguage() : primary(read.language());
        List<Pending> pending = new ArrayList<>();
        for (FeedReader.Item item : read.items()) {
            if (pending.size() >= ITEMS_PER_RUN) {
                break;
            }
            if (settled.contains(item.key())) {
                continue;
            }
            if (item.url() == null) {
                items.record(feed.getId(), item.key(), null, Outcome.FAILED, "The item has no link", null);
                continue;
            }
            Optional<Duplicate> stored = reports.findDuplicate(item.url(), null);
            if (stored.isPresent()) {
                items.record(feed.getId(), item.key(), item.url(), Outcome.DUPLICATE,
                        "Already report " + stored.get().existing().id(), stored.get().existing().id());
                continue;
            }
            try {
                ReadLink page = ingest.readPage(item.url());
                pending.add(new Pending(item, draft(item, page, feedPublisher, language)));
            } catch (UnreadableLinkException unreadable) {
                items.record(feed.getId(), item.key(), item.url(), Outcome.FAILED, unreadable.getMessage(), null);
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        ImportSummary summary = imports.importReports(pending.stream().map(Pending::draft).toList(), progress -> {
        });
        for (int i = 0; i < pending.size(); i++) {
            FeedReader.Item item = pending.get(i).item();
            Long reportId = summary.reportIds().get(i + 1);
            if (reportId != null) {
                items.record(feed.getId(), item.key(), item.url(), Outcome.IMPORTED, null, reportId);
            }
        }
        for (ImportRejection rejected : summary.rejections()) {
            FeedReader.Item item = pending.get(rejected.line() - 1).item();
            boolean repeat = rejected.reasons().stream().anyMatch(r -> r.messageKey().startsWith("import.error.stored")
                    || r.messageKey().startsWith("import.error.repeats-line"));
            String reason = String.join(" ", rejected.reasons().stream().map(ImportRejection.Reason::message).toList());
            items.record(feed.getId(), item.key(), item.url(), repeat ? Outcome.DUPLICATE : Outcome.FAILED, reason, null);
        }
        return summary.stored();
    }

    /** The item as a report: the page's own word first, then the feed's. */
    private static NewReport draft(FeedReader.Item item, ReadLink page, @Nullable SourceRef feedPublisher,
            @Nullable String feedLanguage) {
        String title = page.title().isBlank() ? item.title() : page.title();
        SourceRef publisher = page.publisher() != null ? page.publisher() : feedPublisher;
        Instant publishedAt = page.publishedAt() != null ? page.publishedAt()
                : item.publishedAt() != null ? item.publishedAt() : page.capture().capturedAt();
        boolean guessed = page.notes().contains("link.note.language-guessed");
        String language = guessed && feedLanguage != null ? feedLanguage : page.language();
        return new NewReport(title, publisher, publishedAt, language, page.url(), page.text(), List.of(),
                page.capture());
    }

    private static @Nullable String primary(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return ReportService.LANGUAGES.contains(primary) ? primary : null;
    }
}
