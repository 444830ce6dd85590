package org.corroborate.evidence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.evidence.FigurePanelData.EvidenceRow;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.FigurePanelData.LedgerEntry;
import org.corroborate.evidence.FigurePanelData.Role;
import org.corroborate.evidence.FigurePanelData.Standing;
import org.corroborate.evidence.domain.ConsistencyWarning;
import org.corroborate.evidence.domain.Explanations;
import org.corroborate.evidence.domain.FigureStanding;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Interval;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.evidence.domain.StatedAssertion;
import org.corroborate.evidence.domain.StatedValue;
import org.corroborate.evidence.domain.Suggestion;
import org.corroborate.evidence.domain.Tolerances;
import org.corroborate.figure.Figure;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Period;
import org.corroborate.place.Gazetteer;
import org.corroborate.place.PlaceService;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Assertion;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role.Names;
import org.corroborate.story.StoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence feature's API: how a figure stands, what may support it, linking and unlinking, and the
 * stored standings that colour stories and fill the conflicts view.
 */
@Service
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final StandingRecordRepository standings;
    private final ToleranceSettingRepository tolerances;
    private final Assessor assessor;
    private final ApplicationEventPublisher events;
    private final StoryWatch watch;
    private final StoryService stories;
    private final EntityManager entities;
    private final FigureService figures;
    private final PlaceService places;
    private final ConflictQueries conflicts;
    private final Clock clock = Clock.systemUTC();

    EvidenceService(EvidenceRepository evidence, StandingRecordRepository standings,
            ToleranceSettingRepository tolerances, Assessor assessor, ApplicationEventPublisher events,
            StoryWatch watch, StoryService stories, EntityManager entities, FigureService figures,
            PlaceService places, ConflictQueries conflicts) {
        this.conflicts = conflicts;
        this.entities = entities;
        this.figures = figures;
        this.places = places;
        this.watch = watch;
        this.stories = stories;
        this.evidence = evidence;
        this.standings = standings;
        this.tolerances = tolerances;
        this.assessor = assessor;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public FigurePanelData panel(long figureId, Locale locale) {
        Assessment a = assessor.assess(figureId);
        Explanations words = explanations(locale);
        FigureStanding s = a.standing();
        Standing standing = new Standing(s.status(), s.partyClaim(), s.credibility().rating(),
                words.renderAll(s.explanation()),
                s.warnings().stream().map(ConsistencyWarning::message).map(words::render).toList(),
                a.newerValueAvailable());
        Figure f = a.figure();
        Interval interval = assessor.reader().read(a.checked().value());
        return new FigurePanelData(f.getId(), f.getStoryId(), f.getQuote(), f.getQuantity().display(locale),
                interval.toString(), interval,
                f.getAttributedSource() == null ? f.getAttributionMention() : f.getAttributedSource().getName(),
                f.getAttributedSource() != null, standing, evidenceRows(a, locale), suggestionRows(a.suggestions(), a.candidates(),
                        a.links().stream().map(Evidence::getAssertionId).toList(), words, locale), ledger(a, locale),
                f.getMeasure().holder());
    }

    /** The ranked candidate evidence for a figure (not yet linked), without deriving its standing. */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public List<EvidenceSuggestionRow> suggestions(long figureId, Locale locale) {
        Assessor.Suggested s = assessor.suggest(figureId);
        return suggestionRows(s.suggestions(), s.candidates(), s.linked(), explanations(locale), locale);
    }

    /** Links an assertion to a figure (or changes how it is linked), signed by the current user. */
    @Transactional
    @PreAuthorize(Names.CAN_EDIT)
    public void link(long figureId, long assertionId, Relation relation) {
        Instant now = clock.instant();
        String who = CurrentUser.usernameOrSystem();
        if (evidence.findAssertions(List.of(assertionId)).isEmpty()) {
            throw new IllegalArgumentException("No assertion " + assertionId);
        }
        lockFigure(figureId);
        evidence.findByFigureIdAndAssertionId(figureId, assertionId).ifPresentOrElse(
                link -> link.relink(relation, who, now),
                () -> evidence.save(new Evidence(figureId, assertionId, relation, who, now)));
        recompute(List.of(figureId));
    }

    @Transactional
    @PreAuthorize(Names.CAN_EDIT)
    public void unlink(long figureId, long assertionId) {
        lockFigure(figureId);
        evidence.findByFigureIdAndAssertionId(figureId, assertionId).ifPresent(evidence::delete);
        evidence.flush();
        recompute(List.of(figureId));
    }

    /**
     * Takes the figure's lock (until the transaction ends) and reloads what this transaction may have read of its
     * evidence before: another transaction may have changed it while this one waited for the lock.
     */
    private void lockFigure(long figureId) {
        entities.flush(); // what this transaction changed so far is in the database: refreshing keeps it
        figures.lockForChange(List.of(figureId));
        evidence.findByFigureId(figureId).forEach(entities::refresh);
    }

    /** Derives and stores the standing of these figures, announcing every figure whose standing changed. */
    @Transactional
    @PreAuthorize(Names.CAN_EDIT)
    public void recompute(Collection<Long> figureIds) {
        Instant now = clock.instant();
        List<Long> ids = new TreeSet<>(figureIds).stream().toList();
        ids.forEach(this::lockFigure); // in ascending order: two recomputations never wait on each other in a cycle
        for (Long id : ids) {
            standings.findById(id).ifPresent(entities::refresh);
            Assessment a = assessor.assess(id);
            StandingRecord record = standings.findById(id).orElseGet(() -> new StandingRecord(id));
            FigureStanding s = a.standing();
            record.record(s.status(), s.partyClaim(), s.credibility().rating(), s.warningCodes(),
                    a.newerValueAvailable(), now);
            var scope = a.checked().measure().scope();
            record.scopedAt(a.figure().getMeasure().kind(), scope.place() == null ? null : scope.place().id(),
                    scope.period());
            standings.save(record);
            watch.announce(a.figure().getStoryId(), new StoryChange.FigureChanged(id));
            events.publishEvent(new EvidenceChanged(id, a.figure().getStoryId()));
        }
    }

    /** The figure's evidence links, in assertion order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public List<LinkedAssertion> linksOf(long figureId) {
        return evidence.findByFigureId(figureId).stream()
                .sorted(java.util.Comparator.comparing(Evidence::getAssertionId))
                .map(e -> new LinkedAssertion(e.getAssertionId(), e.getRelation(), e.getLinkedBy(), e.getLinkedAt()))
                .toList();
    }

    /** The evidence links of each of these figures that has any, in assertion order: one query for them all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public Map<Long, List<LinkedAssertion>> linksOf(Collection<Long> figureIds) {
        Map<Long, List<LinkedAssertion>> links = new LinkedHashMap<>();
        if (!figureIds.isEmpty()) {
            evidence.findByFigureIdIn(figureIds).stream()
                    .sorted(java.util.Comparator.comparing(Evidence::getAssertionId))
                    .forEach(e -> links.computeIfAbsent(e.getFigureId(), k -> new ArrayList<>())
                            .add(new LinkedAssertion(e.getAssertionId(), e.getRelation(), e.getLinkedBy(),
                                    e.getLinkedAt())));
        }
        return links;
    }

    /**
     * The figure's stored status; for a new figure whose standing is not stored yet (it is derived in the
     * background), derived now, without storing it: what an editor is told, and what an approval records, is never
     * a status the figure does not have.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public FigureStatus statusOf(long figureId) {
        return standings.findById(figureId).map(StandingRecord::getStatus).orElseGet(() -> {
            try {
                return assessor.assess(figureId).standing().status();
            } catch (FigureNotFoundException gone) {
                return FigureStatus.UNSUPPORTED;
            }
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public StoryStandings storyStandings(long storyId) {
        // two projections (was: the story's figures and their standings as entities, issue 16)
        List<org.corroborate.figure.FigureRef> refs = figures.refsOfStories(List.of(storyId));
        List<Long> ids = refs.stream().map(org.corroborate.figure.FigureRef::id).toList();
        // a figure whose words an edit took out is not in the story's counts (walker F37)
        Set<Long> detached = refs.stream().filter(org.corroborate.figure.FigureRef::detached)
                .map(org.corroborate.figure.FigureRef::id).collect(java.util.stream.Collectors.toSet());
        Map<Long, FigureStatus> stored = storedStatuses(ids);
        Map<Long, FigureStatus> byFigure = new LinkedHashMap<>();
        ids.stream().filter(stored::containsKey).forEach(id -> byFigure.put(id, stored.get(id)));
        Map<FigureStatus, Long> counts = new EnumMap<>(FigureStatus.class);
        byFigure.forEach((id, status) -> {
            if (!detached.contains(id)) {
                counts.merge(status, 1L, Long::sum);
            }
        });
        Set<Long> pending = new LinkedHashSet<>(ids);
        pending.removeAll(byFigure.keySet());
        return new StoryStandings(byFigure, counts, pending);
    }

    /**
     * The stored statuses of these figures, in one read: a figure whose standing is still being derived (new, in the
     * background) is absent; nothing is derived to answer.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public Map<Long, FigureStatus> storedStatuses(Collection<Long> figureIds) {
        Map<Long, FigureStatus> stored = new java.util.HashMap<>();
        if (!figureIds.isEmpty()) {
            standings.findStatuses(figureIds).forEach(row -> stored.put((Long) row[0], (FigureStatus) row[1]));
        }
        return stored;
    }

    /**
     * A page of the figures across stories that are contested, warned about, or have a newer value available, newest
     * first, as their stored standings say: nothing is derived again to list them (DD006).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public List<ConflictRow> conflicts(ConflictQuery query, int offset, int limit) {
        return conflicts.page(query, offset, limit);
    }

    /**
     * How many figures {@link #conflicts(ConflictQuery, int, int)} lists in all, counted no further than
     * {@code atMost} (counting 200 000 troubled figures of a million reads their whole index: issue 16).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public long countConflicts(ConflictQuery query, int atMost) {
        return conflicts.count(query, atMost);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public Tolerances tolerances() {
        return assessor.tolerances();
    }

    /** An admin changes the tolerances; every figure's standing is derived again with them. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeTolerances(Tolerances to) {
        ToleranceSetting setting = tolerances.findById(ToleranceSetting.THE_ROW).orElseThrow();
        setting.change(to, CurrentUser.usernameOrSystem(), clock.instant());
        tolerances.flush();
        assessor.forgetTolerances();
        events.publishEvent(new StandingsStale(standings.findAll().stream().map(StandingRecord::getFigureId).toList()));
    }

    /** Where and when the figure counts, and where each comes from (its words, its story, a correction). */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public FigureScopeView scope(long figureId, Locale locale) {
        Figure f = evidence.findFigure(figureId).orElseThrow(() -> new FigureNotFoundException(figureId));
        FigureScopes.Reading r = assessor.scope(f);
        var place = r.scope().place();
        var days = r.scope().period();
        return new FigureScopeView(figureId, f.getVersion(), place == null ? null : place.id(),
                place == null ? null : assessor.gazetteer().fullName(place.id(), locale), days == null ? null : days.from(),
                days == null ? null : days.to(), days != null && days.stated(), origin(r.place()),
                origin(r.period()), f.getScopeEditedBy(), f.getScopeEditedAt());
    }

    /**
     * A fact-checker corrects where and when the figure counts, as they saw it at {@code expectedVersion} (a stale
     * version is refused with the figure as it is now): a place of the registry (null: its story's) and the days
     * (null: its story's window). Its suggestions and standing are derived again at once, and the change is in its
     * history.
     */
    @Transactional
    @PreAuthorize(Names.CAN_EDIT)
    public FigureScopeView correctScope(long figureId, long expectedVersion, @Nullable Long placeId,
            @Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
        evidence.findFigure(figureId).orElseThrow(() -> new FigureNotFoundException(figureId));
        figures.correctScope(figureId, expectedVersion, placeId, period(from, to));
        return scope(figureId, locale);
    }

    /**
     * Where and when the story's event is, as a fact-checker set it or as its text and figures say it; place names in
     * the language asked ("Idleb province, Syrie" is "province d'Idleb, Syrie" in French).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public StoryScopeView storyScope(long storyId, Locale locale) {
        FigureScopes.StoryScope s = assessor.storyScope(storyId);
        Gazetteer g = assessor.gazetteer();
        return new StoryScopeView(storyId, s.placeIds().stream().filter(id -> g.lineage(id) != null)
                .map(id -> new StoryScopeView.PlaceName(id, g.fullName(id, locale))).toList(), s.window() == null ? null : s.window().from(), s.window() == null ? null : s.window().to(),
                s.setting() == null ? null : s.setting().editedBy(), s.setting() == null ? null : s.setting().editedAt());
    }

    /**
     * A fact-checker sets the story's places and window (no places and no days: read them from its text again); its
     * figures that say none themselves inherit them, and their standings are derived again.
     */
    @Transactional
    @PreAuthorize(Names.CAN_EDIT)
    public StoryScopeView rescopeStory(long storyId, List<Long> placeIds, @Nullable LocalDate from,
            @Nullable LocalDate to, Locale locale) {
        period(from, to);
        Gazetteer g = assessor.gazetteer();
        for (Long id : placeIds) {
            if (g.lineage(id) == null) {
                throw new IllegalArgumentException("No place " + id);
            }
        }
        stories.rescope(storyId, placeIds, from, to);
        recompute(evidence.findFiguresOfStory(storyId).stream().map(Figure::getId).toList());
        return storyScope(storyId, locale);
    }

    /** The registry's places to choose from, "Maarat al-Numan, Idlib province, Syria" style, in the language asked. */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public List<StoryScopeView.PlaceName> placeChoices(Locale locale) {
        return places.list("").stream().map(p -> new StoryScopeView.PlaceName(p.id(), p.fullName(locale)))
                .sorted(java.util.Comparator.comparing(StoryScopeView.PlaceName::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Explanations in the reader's language, places named as the registry names them in it. */
    private Explanations explanations(Locale locale) {
        Gazetteer g = assessor.gazetteer();
        return new Explanations(locale, id -> g.name(id, locale));
    }

    private static String origin(FigureScopes.Origin origin) {
        return origin.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null || from.isAfter(to)) {
            throw new InvalidScopeException();
        }
        return Period.stated(from, to);
    }

    /** Figures whose standing may change when assertions of these kinds arrive or change. */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public List<Long> figuresOfKinds(Collection<org.corroborate.extraction.QuantityKind> kinds) {
        return kinds.isEmpty() ? List.of() : evidence.findFigureIdsOfKinds(kinds);
    }

    /** Figures whose standing depends on a source: linked to its assertions or attributed to it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Names.CAN_READ)
    public Set<Long> figuresDependingOnSource(long sourceId) {
        Set<Long> ids = new LinkedHashSet<>(evidence.findFigureIdsLinkedToSource(sourceId));
        ids.addAll(evidence.findFigureIdsAttributedTo(sourceId));
        return ids;
    }

    private List<EvidenceRow> evidenceRows(Assessment a, Locale locale) {
        FigureStanding s = a.standing();
        return a.links().stream().map(link -> {
            Assertion assertion = a.assertions().get(link.getAssertionId());
            String id = String.valueOf(link.getAssertionId());
            Role role = contains(s.supporting(), id) ? Role.SUPPORTING
                    : contains(s.contradicting(), id) ? Role.CONTRADICTING
                    : contains(s.earlier(), id) ? Role.EARLIER : Role.CONTEXT;
            StatedAssertion stated = DomainMapping.assertion(assertion, assessor.gazetteer());
            return new EvidenceRow(assertion.getId(), assertion.getReport().getId(), assertion.getReport().getTitle(),
                    stated.whoSays(), stated.published(), assertion.getQuote(), assertion.getQuantity().display(locale),
                    link.getRelation(), role, link.getLinkedBy(), link.getLinkedAt());
        }).toList();
    }

    private static List<EvidenceSuggestionRow> suggestionRows(List<Suggestion> suggestions, Map<Long, Candidate> candidates,
            List<Long> linkedIds, Explanations words, Locale locale) {
        Set<Long> linked = new LinkedHashSet<>(linkedIds);
        return suggestions.stream()
                .filter(s -> !linked.contains(Long.valueOf(s.assertion().id())))
                .map(s -> {
                    Candidate c = candidates.get(Long.valueOf(s.assertion().id()));
                    return new EvidenceSuggestionRow(c.id(), c.reportId(), c.reportTitle(), s.assertion().whoSays(),
                            s.assertion().published(), s.assertion().quote(), display(s.assertion().value(), locale), s.score(), s.proposed(),
                            words.renderAll(s.why()));
                }).toList();
    }

    private List<LedgerEntry> ledger(Assessment a, Locale locale) {
        FigureStanding s = a.standing();
        Map<String, LedgerEntry> entries = new LinkedHashMap<>();
        List<StatedAssertion> stated = new ArrayList<>();
        a.evidence().forEach(e -> stated.add(e.assertion()));
        a.suggestions().stream().filter(sg -> sg.sameSubject()).forEach(sg -> stated.add(sg.assertion()));
        for (StatedAssertion sa : stated) {
            Interval interval = assessor.reader().read(sa.value());
            Role role = contains(s.supporting(), sa.id()) ? Role.SUPPORTING
                    : contains(s.contradicting(), sa.id()) ? Role.CONTRADICTING
                    : contains(s.earlier(), sa.id()) ? Role.EARLIER : null;
            entries.putIfAbsent(sa.id(), new LedgerEntry(sa.origin().name(), sa.published(), interval.lower(),
                    interval.upper(), interval.toString(), display(sa.value(), locale), sa.quote(), role, false));
        }
        Interval own = assessor.reader().read(a.checked().value());
        List<LedgerEntry> ledger = new ArrayList<>(entries.values());
        ledger.add(new LedgerEntry(a.checked().attribution() == null ? "—" : a.checked().attribution().name(),
                a.checked().asOf(), own.lower(), own.upper(), own.toString(), display(a.checked().value(), locale),
                a.checked().quote(), null, true));
        ledger.sort(java.util.Comparator.comparing(LedgerEntry::published));
        return ledger;
    }

    private static String display(StatedValue v, Locale locale) {
        return Quantity.of(v.qualifier(), v.low(), v.high(), v.unit()).display(locale);
    }

    private static boolean contains(List<StatedAssertion> list, String id) {
        return list.stream().anyMatch(x -> x.id().equals(id));
    }
}
