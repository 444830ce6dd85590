package org.corroborate.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.corroborate.archive.ArchiveService;
import org.corroborate.archive.Capture;
import org.corroborate.base.json.StrictInputException;
import org.corroborate.base.work.Pace;
import org.corroborate.base.work.UserActivity;
import org.corroborate.extraction.ExtractedFigure;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Duplicate.Reason;
import org.corroborate.report.InvalidReportException.Problem;
import org.corroborate.security.Role;
import org.corroborate.source.Source;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports many reports from JSON Lines: one report a line, in the shape of {@code POST /api/v1/reports}.
 *
 * <p>Each line is checked on its own (JSON, required fields, the rules of a single report, the publisher's key,
 * a repeat of an earlier line or of a stored report) and either stored with the assertions extraction finds in
 * its text, or rejected with its line number and reasons. Lines are taken {@value #BATCH} at a time: checked and
 * extracted first, then written in one transaction per batch (under the locks the add-report form's save takes on the same
 * addresses and texts, so the check against stored reports holds until commit). A report and its assertions are always written together; if a
 * batch's write fails, it is rolled back whole and its reports are written again one per transaction, so that
 * only the line at fault is rejected. Standings are queued once per batch, with it, and derived in the background after it commits.
 * While people use the instance, the import rests after every {@value #SLICE} lines and each batch's write
 * ({@code corroborate.import.duty}, 0.5 by default: as long as it worked; {@link Pace}); alone, it does not.
 */
@Service
public class ReportImportService {

    public static final int BATCH = 500;
    /** Lines read and extracted between two rests while people use the instance (a rest is as short as the work). */
    static final int SLICE = 50;
    /** Largest import file the UI and the API accept (the multipart limit of application.properties). */
    public static final int MAX_BYTES = 25 * 1024 * 1024;
    public static final String MAX_SIZE_LABEL = "25 MB";

    private static final Logger log = LoggerFactory.getLogger(ReportImportService.class);

    private final SourceService sources;
    private final ReportRows rows;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ObjectReader lines;
    private final ArchiveService archive;
    private final Pace pace;
    private final Clock clock = Clock.systemUTC();

    ReportImportService(SourceService sources, ReportRows rows, TransactionTemplate transaction,
            ApplicationEventPublisher events, JsonMapper json, ArchiveService archive, UserActivity activity,
            @Value("${corroborate.import.duty:0.5}") double duty) {
        this.pace = new Pace(duty, activity);
        this.sources = sources;
        this.rows = rows;
        this.archive = archive;
        this.transaction = transaction;
        this.events = events;
        this.lines = json.readerFor(ImportLine.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Reads the file to its end, storing each valid line and rejecting each invalid one; {@code progress} hears
     * the counts after each batch commits. Blank lines are skipped (but counted for line numbers).
     */
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ImportSummary importLines(Reader file, Consumer<ImportProgress> progress) {
        Run run = new Run(progress);
        try (BufferedReader in = file instanceof BufferedReader b ? b : new BufferedReader(file, 1 << 16)) {
            List<Numbered> batch = new ArrayList<>(BATCH);
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                batch.add(new Numbered(number, line));
                if (batch.size() == BATCH) {
                    run.batch(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            run.batch(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.summary();
    }

    /**
     * Imports reports already read (a feed's new items) exactly as the lines of a file: the same checks, the
     * same duplicate rules, extraction, batches and standings. Each draft's capture is its archived copy (its
     * text is archived when it has none); its assertions are ignored, extraction finds them. Draft {@code i}
     * is "line" {@code i + 1} of the summary.
     */
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ImportSummary importReports(List<NewReport> drafts, Consumer<ImportProgress> progress) {
        Run run = new Run(progress);
        List<Numbered> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < drafts.size(); i++) {
            batch.add(new Numbered(i + 1, null, drafts.get(i)));
            if (batch.size() == BATCH) {
                run.batch(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        run.batch(batch);
        return run.summary();
    }

    /** A line of a file ({@code text}) or a report already read ({@code draft}). */
    private record Numbered(int line, @Nullable String text, @Nullable NewReport draft) {

        Numbered(int line, String text) {
            this(line, text, null);
        }
    }

    /** A line that passed every check of its own, with its report built and its copy made (not stored yet). */
    private record Candidate(int line, Report report, Capture copy) {
    }

    /** One import: what it has seen so far, for repeats within the file, and its counts. */
    private final class Run {

        private final Consumer<ImportProgress> progress;
        private final Map<String, SourceRef> publishers = new HashMap<>();
        private final Map<Long, Source> entities = new HashMap<>();
        private final Map<String, Integer> urlKeys = new HashMap<>();
        private final Map<String, Integer> textHashes = new HashMap<>();
        private final List<ImportRejection> rejections = new ArrayList<>();
        private final Map<Integer, Long> reportIds = new HashMap<>();
        private int read;
        private int stored;

        Run(Consumer<ImportProgress> progress) {
            this.progress = progress;
            sources.choices().forEach(s -> publishers.put(s.key().toLowerCase(Locale.ROOT), s));
        }

        void batch(List<Numbered> batch) {
            if (batch.isEmpty()) {
                return;
            }
            read += batch.size();
            List<Checked> checked = new ArrayList<>();
            long working = System.nanoTime();
            for (int i = 0; i < batch.size(); i++) {
                check(batch.get(i)).ifPresent(checked::add);
                if ((i + 1) % SLICE == 0) {
                    working = rest(working);
                }
            }
            Map<String, SourceRef> origins = sources.resolveAll(checked.stream()
                    .flatMap(c -> c.figures().stream()).map(f -> f.attribution() == null ? null
                            : f.attribution().mention()).filter(Objects::nonNull).distinct().toList());
            List<Candidate> candidates = new ArrayList<>();
            for (Checked c : checked) {
                build(c, origins).ifPresent(candidates::add);
            }
            store(candidates);
            rest(working);
            progress.accept(new ImportProgress(read, stored, rejections.size()));
        }

        /**
         * Gives the cores to people for a while, in proportion to the work since {@code working} (outside any
         * transaction: nothing is held meanwhile); returns when the next work starts.
         */
        private long rest(long working) {
            pace.rest(System.nanoTime() - working);
            return System.nanoTime();
        }

        private record Checked(int line, NewReport draft, String text, List<ExtractedFigure> figures) {
        }

        /** The line's own checks (JSON, fields, rules, repeats within the file), then extraction. */
        private Optional<Checked> check(Numbered line) {
            if (line.draft() != null) {
                NewReport d = line.draft();
                return check(line.line(), new NewReport(d.title(), d.publisher(), d.publishedAt(),
                        d.language() == null ? null : d.language().strip().toLowerCase(Locale.ROOT), d.url(), d.text(),
                        List.of(), d.capture()));
            }
            ImportLine request;
            try {
                request = lines.readValue(line.text());
            } catch (MismatchedInputException wrong) {
                String field = wrong.getPath().isEmpty() ? null : wrong.getPath().getLast().getPropertyName();
                return reject(field == null
                        ? ImportRejection.of(line.line(), "import.error.not-an-object",
                                "The line is not a JSON object with the fields of a report.")
                        : ImportRejection.of(line.line(), "import.error.field-invalid",
                                "The field '" + field + "' " + (wrong instanceof StrictInputException
                                        ? wrong.getOriginalMessage() + "."
                                        : "has a value of the wrong type or form" + ("publishedAt".equals(field)
                                                ? " (a time such as 2019-12-25T10:00:00Z)." : ".")),
                                field));
            } catch (JacksonException malformed) {
                return reject(MalformedLine.rejection(line.line(), line.text(), malformed));
            }
            List<String> missing = new ArrayList<>();
            requireField(missing, "title", request.title());
            requireField(missing, "publisherKey", request.publisherKey());
            requireField(missing, "publishedAt", request.publishedAt());
            requireField(missing, "language", request.language());
            requireField(missing, "text", request.text());
            if (!missing.isEmpty()) {
                String names = String.join(", ", missing.stream().map(m -> "'" + m + "'").toList());
                return reject(ImportRejection.of(line.line(), "import.error.missing",
                        (missing.size() == 1 ? "The field " : "The fields ") + names
                                + (missing.size() == 1 ? " is required." : " are required."), names));
            }
            SourceRef publisher = publishers.get(request.publisherKey().strip().toLowerCase(Locale.ROOT));
            if (publisher == null) {
                return reject(ImportRejection.of(line.line(), "import.error.unknown-publisher",
                        "No source has the key '" + request.publisherKey() + "'.", request.publisherKey()));
            }
            String language = request.language().strip().toLowerCase(Locale.ROOT);
            return check(line.line(), new NewReport(request.title(), publisher, request.publishedAt(), language,
                    request.url(), request.text(), List.of()));
        }

        /** A report's own checks (the rules, repeats within this import), then extraction. */
        private Optional<Checked> check(int number, NewReport draft) {
            Numbered line = new Numbered(number, null, draft);
            String language = draft.language();
            List<Problem> problems = ReportService.problems(draft, clock.instant());
            if (!problems.isEmpty()) {
                return reject(new ImportRejection(line.line(), problems.stream()
                        .map(p -> new ImportRejection.Reason(p.messageKey(), p.arguments(), p.message())).toList()));
            }
            String text = ReportText.clean(draft.text());
            String urlKey = ReportText.urlKey(draft.url() == null || draft.url().isBlank() ? null : draft.url().strip());
            String textHash = ReportText.fingerprint(text);
            Integer sameUrl = urlKey == null ? null : urlKeys.get(urlKey);
            Integer sameText = textHashes.get(textHash);
            if (sameUrl != null || sameText != null) {
                Reason reason = sameUrl != null ? Reason.SAME_URL : Reason.SAME_TEXT;
                int earlier = sameUrl != null ? sameUrl : sameText;
                return reject(ImportRejection.of(line.line(), "import.error.repeats-line." + reason.name(),
                        "The report repeats line " + earlier + " (" + (reason == Reason.SAME_URL ? "same address"
                                : "same text") + ").", earlier));
            }
            if (urlKey != null) {
                urlKeys.put(urlKey, line.line());
            }
            textHashes.put(textHash, line.line());
            return Optional.of(new Checked(line.line(), draft, text, ReportService.figuresOf(text, language)));
        }

        /** The report as an entity with its assertions, which checks them as the add-report form's save does. */
        private Optional<Candidate> build(Checked c, Map<String, SourceRef> origins) {
            NewReport d = c.draft();
            String url = d.url() == null || d.url().isBlank() ? null : d.url().strip();
            Report report = new Report(null, entity(d.publisher()), d.publishedAt(), d.language(), url,
                    d.title().strip(), c.text());
            List<ImportRejection.Reason> problems = new ArrayList<>();
            for (AssertionDraft a : ReportService.drafts(c.figures(), origins, d.publisher())) {
                try {
                    Assertion stated = report.state(a.quote(), a.start(), entity(a.origin()), List.of(),
                            Quantity.of(a.qualifier(), a.low(), a.high(), a.unit()),
                            new Measure(a.kind(), a.subject(), null, a.period()).heldBy(a.holder()));
                    if (a.whole()) {
                        stated.countsTheWhole();
                    }
                } catch (IllegalArgumentException | NullPointerException wrong) {
                    problems.add(new ImportRejection.Reason("report.error.assertion-invalid", List.of(a.quote()),
                            "The figure \"" + a.quote() + "\" cannot be stored: " + wrong.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                return reject(new ImportRejection(c.line(), problems));
            }
            Capture copy = d.capture() != null ? d.capture() : Capture.ofText(c.text(), url, Instant.now());
            return Optional.of(new Candidate(c.line(), report, copy));
        }

        private Source entity(SourceRef ref) {
            return entities.computeIfAbsent(ref.id(), id -> sources.findByKey(ref.key()).orElseThrow(
                    () -> new IllegalStateException("The source " + ref.key() + " is no longer registered")));
        }

        /** Writes the batch in one transaction; if that fails, each report in a transaction of its own. */
        private void store(List<Candidate> candidates) {
            if (candidates.isEmpty()) {
                return;
            }
            try {
                apply(transaction.execute(status -> write(candidates)));
            } catch (AccessDeniedException denied) {
                throw denied;
            } catch (RuntimeException batchFailed) {
                log.warn("An import batch of {} reports failed ({}); storing them one by one", candidates.size(),
                        NestedExceptionUtils.getMostSpecificCause(batchFailed).getMessage());
                for (Candidate c : candidates) {
                    try {
                        apply(transaction.execute(status -> write(List.of(c))));
                    } catch (AccessDeniedException denied) {
                        throw denied;
                    } catch (RuntimeException failed) {
                        // the database's own words stay in the log: the reason gives a reference to them
                        String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
                        log.warn("Import line {} not stored [reference {}]", c.line(), reference, failed);
                        rejections.add(ImportRejection.of(c.line(), "import.error.not-stored",
                                "The report could not be stored (reference " + reference + " in the server's log).",
                                reference));
                    }
                }
            }
        }

        private void apply(Written written) {
            stored += written.reportIds().size();
            reportIds.putAll(written.reportIds());
            rejections.addAll(written.rejected());
        }

        private <T> Optional<T> reject(ImportRejection rejection) {
            rejections.add(rejection);
            return Optional.empty();
        }

        ImportSummary summary() {
            List<ImportRejection> sorted = new ArrayList<>(rejections);
            sorted.sort(Comparator.comparingInt(ImportRejection::line));
            return new ImportSummary(read, stored, sorted.size(), sorted, reportIds);
        }
    }

    /** What a batch's transaction stored (line to report id) and rejected. */
    private record Written(Map<Integer, Long> reportIds, List<ImportRejection> rejected) {
    }

    /** In the batch's transaction: the check against stored reports, the inserts, the event for indexing. */
    private Written write(List<Candidate> candidates) {
        rows.lockKeys(candidates.stream().map(c -> c.report().getUrlKey()).filter(Objects::nonNull).toList(),
                candidates.stream().map(c -> c.report().getTextHash()).filter(Objects::nonNull).toList());
        Map<String, ReportRef> sameUrl = rows.byUrlKey(candidates.stream().map(c -> c.report().getUrlKey())
                .filter(Objects::nonNull).toList());
        Map<String, ReportRef> sameText = rows.byTextHash(candidates.stream().map(c -> c.report().getTextHash())
                .filter(Objects::nonNull).toList());
        List<ImportRejection> rejected = new ArrayList<>();
        List<Candidate> fresh = new ArrayList<>();
        for (Candidate c : candidates) {
            ReportRef existing = c.report().getUrlKey() == null ? null : sameUrl.get(c.report().getUrlKey());
            Reason reason = Reason.SAME_URL;
            if (existing == null) {
                existing = sameText.get(c.report().getTextHash());
                reason = Reason.SAME_TEXT;
            }
            if (existing != null) {
                rejected.add(ImportRejection.of(c.line(), "import.error.stored." + reason.name(),
                        "The report duplicates report " + existing.id() + " (" + existing.title() + "): "
                                + (reason == Reason.SAME_URL ? "same address." : "same text."),
                        existing.title(), existing.id()));
            } else {
                fresh.add(c);
            }
        }
        List<Long> copies = archive.keepAll(fresh.stream().map(Candidate::copy).toList());
        for (int i = 0; i < fresh.size(); i++) {
            fresh.get(i).report().keptAs(copies.get(i));
        }
        List<Long> ids = rows.insert(fresh.stream().map(Candidate::report).toList());
        Map<Integer, Long> stored = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            stored.put(fresh.get(i).line(), ids.get(i));
        }
        if (!ids.isEmpty()) {
            Set<QuantityKind> kinds = EnumSet.noneOf(QuantityKind.class);
            fresh.forEach(c -> c.report().getAssertions().forEach(a -> kinds.add(a.getMeasure().kind())));
            events.publishEvent(new ReportsImported(ids, kinds));
        }
        return new Written(stored, rejected);
    }

    private static void requireField(List<String> missing, String name, @Nullable Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(name);
        }
    }
}
