package org.corroborate.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.archive.ArchiveService;
import org.corroborate.archive.Capture;
import org.corroborate.base.domain.PublicationTime;
import org.corroborate.extraction.ExtractedFigure;
import org.corroborate.extraction.FigureExtractor;
import org.corroborate.extraction.Languages;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Duplicate.Reason;
import org.corroborate.report.InvalidReportException.Field;
import org.corroborate.report.InvalidReportException.Problem;
import org.corroborate.report.ReportDetails.AssertionRow;
import org.corroborate.security.Role;
import org.corroborate.source.Source;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports feature's API. */
@Service
public class ReportService {

    public static final int MAX_TITLE_LENGTH = 1000;
    public static final int MAX_URL_LENGTH = 2000;
    public static final List<String> LANGUAGES = Languages.SUPPORTED;

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private final ReportRepository reports;
    private final SourceService sources;
    private final ApplicationEventPublisher events;
    private final ArchiveService archive;
    private final ReportScopes scopes;
    private final ReportRows rows;

    private final Clock clock = Clock.systemUTC();

    ReportService(ReportRepository reports, SourceService sources, ApplicationEventPublisher events,
            ArchiveService archive, ReportScopes scopes, ReportRows rows) {
        this.scopes = scopes;
        this.rows = rows;
        this.reports = reports;
        this.sources = sources;
        this.events = events;
        this.archive = archive;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<ReportSummary> list(String filter, Pageable page) {
        return reports.findSummaries(normalise(filter), page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long count(String filter) {
        return reports.countSummaries(normalise(filter));
    }

    /** These reports' ids and titles, in id order (unknown ids are left out). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<ReportRef> refs(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : reports.findRefs(ids);
    }

    /**
     * These assertions whole, with their report, its publisher and their origin: for the status engine (evidence),
     * which compares them with figures. Unknown ids are left out; the entities are for reading.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Assertion> assertionsWithSources(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : reports.findAssertionsWithSources(ids);
    }

    /** Those of the given assertions that originate from the source or whose report it published. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Long> assertionsFrom(long sourceId, java.util.Collection<Long> assertionIds) {
        return assertionIds.isEmpty() ? List.of() : reports.findAssertionIdsFrom(sourceId, assertionIds);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<ReportDetails> details(long id) {
        return reports.findWithPublisher(id).map(r -> new ReportDetails(r.getId(), r.getTitle(),
                r.getPublisher().getName(), r.getPublishedAt(), r.getLanguage(), r.getUrl(), r.getBody(),
                reports.findAssertions(id).stream().map(ReportService::row).toList(),
                r.getArchiveId() == null ? null : archive.summary(r.getArchiveId()).orElse(null)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public boolean existsWithKey(String externalKey) {
        return reports.existsByExternalKey(externalKey);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Long> idOfKey(String externalKey) {
        return reports.findByExternalKey(externalKey).map(Report::getId);
    }

    /**
     * The figures a text states, as assertions to correct before saving. The origin of each is the source its
     * sentence attributes it to, found by name or alias ("l'OSDH" is SOHR), else the publisher: a wire that
     * cites nobody is its own origin. Offsets refer to {@link ReportText#clean the cleaned text}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_EDIT)
    public List<AssertionDraft> extract(String text, String language, SourceRef publisher) {
        List<ExtractedFigure> figures = figuresOf(ReportText.clean(text), language);
        return drafts(figures, sources.resolveAll(figures.stream()
                .map(f -> f.attribution() == null ? null : f.attribution().mention()).filter(Objects::nonNull)
                .toList()), publisher);
    }

    /** The stored report that a new one with this address or text would repeat: same address first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Duplicate> findDuplicate(@Nullable String url, @Nullable String text) {
        String urlKey = ReportText.urlKey(url);
        if (urlKey != null) {
            Optional<ReportRef> sameUrl = reports.findByUrlKey(urlKey, PageRequest.of(0, 1)).stream().findFirst();
            if (sameUrl.isPresent()) {
                return sameUrl.map(r -> new Duplicate(r, Reason.SAME_URL));
            }
        }
        String body = ReportText.clean(text);
        return body.isEmpty() ? Optional.empty()
                : reports.findByTextHash(ReportText.fingerprint(body), PageRequest.of(0, 1)).stream().findFirst()
                        .map(r -> new Duplicate(r, Reason.SAME_TEXT));
    }

    /**
     * Stores a report from the add-report form with its assertions and the archived copy of what was read (the fetched
     * page, else the text as given), all or nothing. Throws {@link InvalidReportException} naming every
     * problem, or {@link DuplicateReportException} when a stored report has the same address or text; either
     * way nothing is stored.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long add(NewReport draft) {
        List<Problem> problems = problems(draft, clock.instant());
        String title = draft.title() == null ? "" : draft.title().strip();
        String text = ReportText.clean(draft.text());
        String url = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
        Source publisher = draft.publisher() == null ? null : source(draft.publisher(), Field.PUBLISHER, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        String urlKey = ReportText.urlKey(url);
        rows.lockKeys(urlKey == null ? List.of() : List.of(urlKey),
                text.isEmpty() ? List.of() : List.of(ReportText.fingerprint(text)));
        findDuplicate(url, text).ifPresent(duplicate -> {
            throw new DuplicateReportException(duplicate);
        });
        Report report = new Report(null, publisher, draft.publishedAt(), draft.language(), url, title, text);
        for (AssertionDraft a : draft.assertions()) {
            state(report, a, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        report.keptAs(archive.keep(draft.capture() != null ? draft.capture() : Capture.ofText(text, url, Instant.now())));
        long id = rows.insert(List.of(report)).getFirst(); // the bulk path: thousands of assertions in a few statements
        events.publishEvent(new ReportAdded(id, report.getAssertions().stream()
                .map(a -> a.getMeasure().kind()).collect(Collectors.toUnmodifiableSet())));
        return id;
    }

    /** Stores a report with the assertions already stated on it: known data (the demo scenario), not checked for duplicates. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Report add(Report report) {
        scopes.scope(report);
        Report saved = reports.save(report);
        events.publishEvent(new ReportAdded(saved.getId(), saved.getAssertions().stream()
                .map(a -> a.getMeasure().kind()).collect(Collectors.toUnmodifiableSet())));
        return saved;
    }

    /** What is wrong with a drafted report by itself (sources and duplicates aside): the rules of every path in. */
    static List<Problem> problems(NewReport draft, Instant now) {
        List<Problem> problems = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        String text = ReportText.clean(draft.text());
        String url = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
        check(problems, !title.isEmpty(), Field.TITLE, "report.error.title-required", "A report needs a title.");
        check(problems, title.length() <= MAX_TITLE_LENGTH, Field.TITLE, "report.error.title-too-long",
                "The title is too long.", MAX_TITLE_LENGTH);
        check(problems, draft.publisher() != null, Field.PUBLISHER, "report.error.publisher-required",
                "Choose who published the report.");
        check(problems, draft.publishedAt() != null, Field.PUBLISHED, "report.error.published-required",
                "Say when the report was published.");
        check(problems, draft.publishedAt() == null || PublicationTime.plausible(draft.publishedAt(), now),
                Field.PUBLISHED, "report.error.published-future",
                "The publication date is in the future: a report is checked after it is published.");
        check(problems, LANGUAGES.contains(draft.language()), Field.LANGUAGE, "report.error.language",
                "The language is French or English.");
        check(problems, url == null || ReportText.isWebAddress(url) && url.length() <= MAX_URL_LENGTH, Field.URL,
                "report.error.url-invalid", "The address is not a web address (https://...).");
        check(problems, !text.isEmpty(), Field.TEXT, "report.error.text-required", "A report needs its text.");
        check(problems, text.length() <= ReportText.MAX_BYTES, Field.TEXT, "report.error.text-too-long",
                "The text is too long.", ReportText.MAX_SIZE_LABEL);
        return problems;
    }

    /** The assertions the engine finds in a cleaned text, origins taken from {@code origins} (mention to source). */
    static List<AssertionDraft> drafts(List<ExtractedFigure> figures, Map<String, SourceRef> origins,
            SourceRef publisher) {
        return figures.stream().map(f -> {
            String mention = f.attribution() == null ? null : f.attribution().mention();
            SourceRef origin = mention == null ? publisher : origins.getOrDefault(mention, publisher);
            return new AssertionDraft(f.quote(), f.start(), f.qualifier(), f.low(), f.high(), f.unit(), f.kind(),
                    f.subject(), f.period() == null ? null : f.period().text(), mention, origin, List.of(), f.whole(),
                    f.holder());
        }).toList();
    }

    /** The figures of a cleaned text; those of its headline that its body repeats are left to the body's. */
    static List<ExtractedFigure> figuresOf(String cleanText, String language) {
        return HeadlineRepeats.leftToTheBody(cleanText,
                EXTRACTOR.extract(cleanText, Locale.forLanguageTag(language)).figures());
    }

    private void state(Report report, AssertionDraft a, List<Problem> problems) {
        Source origin = source(a.origin(), Field.ASSERTIONS, problems);
        List<Source> via = a.via().stream().map(v -> source(v, Field.ASSERTIONS, problems)).toList();
        if (origin == null || via.contains(null)) {
            return;
        }
        try {
            Assertion stated = report.state(a.quote(), a.start(), origin, via,
                    Quantity.of(a.qualifier(), a.low(), a.high(), a.unit()),
                    new Measure(a.kind(), a.subject(), null, a.period()).heldBy(a.holder()));
            if (a.whole()) {
                stated.countsTheWhole();
            }
        } catch (IllegalArgumentException | NullPointerException wrong) {
            problems.add(new Problem(Field.ASSERTIONS, "report.error.assertion-invalid", List.of(a.quote()),
                    "The figure \"" + a.quote() + "\" cannot be stored: " + wrong.getMessage()));
        }
    }

    private @Nullable Source source(SourceRef ref, Field field, List<Problem> problems) {
        Optional<Source> found = sources.findByKey(ref.key());
        if (found.isEmpty()) {
            problems.add(new Problem(field, "report.error.source-gone", List.of(ref.name()),
                    "The source " + ref.name() + " is no longer registered."));
        }
        return found.orElse(null);
    }

    private static void check(List<Problem> problems, boolean ok, Field field, String key, String message,
            Object... arguments) {
        if (!ok) {
            problems.add(new Problem(field, key, List.of(arguments), message));
        }
    }

    private static AssertionRow row(Assertion a) {
        return new AssertionRow(a.getId(), a.getQuote(), a.getStartOffset(), a.getEndOffset(),
                a.getQuantity(), a.getQuantity().qualifier().label(), a.getMeasure().kind().label(),
                a.getMeasure().subject(), a.getMeasure().period(), a.getOrigin().getName(),
                a.getVia().stream().map(Source::getName).toList(), a.getMeasure().holder());
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
