package org.corroborate.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.corroborate.evidence.domain.CheckedFigure;
import org.corroborate.evidence.domain.EvidenceLink;
import org.corroborate.evidence.domain.EvidenceRanker;
import org.corroborate.evidence.domain.IntervalReader;
import org.corroborate.evidence.domain.StatedAssertion;
import org.corroborate.evidence.domain.StatusEngine;
import org.corroborate.evidence.domain.Suggestion;
import org.corroborate.evidence.domain.Tolerances;
import org.corroborate.figure.Figure;
import org.corroborate.place.Gazetteer;
import org.corroborate.place.PlaceService;
import org.corroborate.report.Assertion;
import org.corroborate.story.StoryRef;
import org.corroborate.story.StoryService;
import org.springframework.stereotype.Component;

/**
 * Feeds the plain-Java status engine from the database: the figure, its links, and the candidates the
 * {@link CandidateIndex} pre-selects, ranked; the ledger the engine reads for history and newer values is
 * the linked assertions plus the candidates about the same subject.
 */
@Component
class Assessor {

    static final int SUGGESTIONS = 12;

    private final EvidenceRepository repository;
    private final ToleranceSettingRepository tolerances;
    private final CandidateIndex index;
    private final StoryService stories;
    private final Clock clock;
    private final PlaceService places;
    private final FigureScopes scopes;
    private final AtomicReference<Engines> engines = new AtomicReference<>();

    Assessor(EvidenceRepository repository, ToleranceSettingRepository tolerances, CandidateIndex index,
            StoryService stories, PlaceService places, FigureScopes scopes) {
        this.places = places;
        this.scopes = scopes;
        this.repository = repository;
        this.stories = stories;
        this.index = index;
        this.tolerances = tolerances;
        this.clock = Clock.systemUTC();
    }

    private record Engines(Tolerances tolerances, IntervalReader reader, StatusEngine status, EvidenceRanker ranker) {
        static Engines of(Tolerances t) {
            IntervalReader reader = new IntervalReader(t);
            return new Engines(t, reader, new StatusEngine(reader), new EvidenceRanker(reader));
        }
    }

    IntervalReader reader() {
        return engines().reader();
    }

    Tolerances tolerances() {
        return engines().tolerances();
    }

    /** Call after an admin changed the tolerances: the next assessment reads them again. */
    void forgetTolerances() {
        engines.set(null);
    }

    private Engines engines() {
        Engines current = engines.get();
        if (current == null) {
            current = Engines.of(tolerances.findById(ToleranceSetting.THE_ROW).map(ToleranceSetting::tolerances)
                    .orElse(Tolerances.defaults()));
            engines.set(current);
        }
        return current;
    }

    Assessment assess(long figureId) {
        Figure figure = repository.findFigure(figureId)
                .orElseThrow(() -> new FigureNotFoundException(figureId));
        CheckedFigure checked = checked(figure);

        List<Evidence> links = repository.findByFigureId(figureId);
        Map<Long, Assertion> assertions = new HashMap<>();
        repository.findAssertions(links.stream().map(Evidence::getAssertionId).toList())
                .forEach(a -> assertions.put(a.getId(), a));
        List<EvidenceLink> evidence = links.stream()
                .map(l -> new EvidenceLink(DomainMapping.assertion(assertions.get(l.getAssertionId()), gazetteer()),
                        l.getRelation()))
                .toList();

        Map<Long, Candidate> candidates = candidates(figure, checked);
        Engines engines = engines();
        List<Suggestion> suggestions = rank(checked, candidates);

        Map<String, StatedAssertion> ledger = new LinkedHashMap<>();
        evidence.forEach(e -> ledger.put(e.assertion().id(), e.assertion()));
        suggestions.stream().filter(Suggestion::sameSubject).forEach(s -> ledger.putIfAbsent(s.assertion().id(), s.assertion()));

        return new Assessment(figure, checked, links, evidence, suggestions, assertions, candidates,
                engines.status().assess(checked, evidence, new ArrayList<>(ledger.values())));
    }

    /** Only the ranked candidates, without deriving the standing: what a suggestion list needs. */
    Suggested suggest(long figureId) {
        Figure figure = repository.findFigure(figureId)
                .orElseThrow(() -> new FigureNotFoundException(figureId));
        CheckedFigure checked = checked(figure);
        Map<Long, Candidate> candidates = candidates(figure, checked);
        return new Suggested(rank(checked, candidates), candidates,
                repository.findByFigureId(figureId).stream().map(Evidence::getAssertionId).toList());
    }

    record Suggested(List<Suggestion> suggestions, Map<Long, Candidate> candidates, List<Long> linked) {
    }

    Gazetteer gazetteer() {
        return places.gazetteer();
    }

    /** The story's scope as a fact-checker set it, or as its text and figures say it (see {@link FigureScopes}). */
    FigureScopes.StoryScope storyScope(long storyId) {
        StoryRef story = stories.ref(storyId).orElseThrow();
        return scopes.story(storyId, gazetteer(), story.title(), stories.text(storyId), story.publishedAt(),
                repository.findFiguresOfStory(storyId), stories.scopeSetting(storyId));
    }

    /** Where and when the figure counts, and where each comes from. */
    FigureScopes.Reading scope(Figure figure) {
        StoryRef story = stories.ref(figure.getStoryId()).orElseThrow();
        String text = stories.text(story.id());
        FigureScopes.StoryScope storyScope = scopes.story(story.id(), gazetteer(), story.title(), text,
                story.publishedAt(), repository.findFiguresOfStory(story.id()), stories.scopeSetting(story.id()));
        return scopes.figure(gazetteer(), figure, text, story.publishedAt(), storyScope);
    }

    private CheckedFigure checked(Figure figure) {
        StoryRef story = stories.ref(figure.getStoryId()).orElseThrow();
        String text = stories.text(story.id());
        List<Figure> storyFigures = repository.findFiguresOfStory(story.id());
        CheckedFigure checked = DomainMapping.figure(figure, story.publishedAt(), text, storyFigures, clock.instant());
        Gazetteer g = gazetteer();
        FigureScopes.StoryScope storyScope = scopes.story(story.id(), g, story.title(), text, story.publishedAt(),
                storyFigures, stories.scopeSetting(story.id()));
        return checked.withScope(scopes.figure(g, figure, text, story.publishedAt(), storyScope).scope());
    }

    private Map<Long, Candidate> candidates(Figure figure, CheckedFigure checked) {
        Map<Long, Candidate> candidates = new HashMap<>();
        index.candidates(figure.getMeasure().kind(), figure.getMeasure().subject(), checked.asOf(),
                checked.measure().scope(), gazetteer()).forEach(c -> candidates.put(c.id(), c));
        return candidates;
    }

    private List<Suggestion> rank(CheckedFigure checked, Map<Long, Candidate> candidates) {
        return engines().ranker().rank(checked, candidates.values().stream().map(Candidate::stated).toList(),
                SUGGESTIONS);
    }
}
