package org.corroborate.figure;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.extraction.ExtractedFigure;
import org.corroborate.extraction.FigureExtractor;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Period;
import org.corroborate.measure.Quantity;
import org.corroborate.place.PlaceService;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.source.Source;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures feature's API: figures anchored in a story's text, the suggestions the extraction engine makes
 * for it, and how both follow an edit of the text. The story's text is passed in by the story feature.
 */
@Service
public class FigureService {

    private final FigureRepository figures;
    private final FigureSuggestionRepository suggestions;
    private final FigureRevisionRepository revisions;
    private final SourceService sources;
    private final ApplicationEventPublisher events;
    private final PlaceService places;
    private final FigureExtractor extractor = new FigureExtractor();

    FigureService(FigureRepository figures, FigureSuggestionRepository suggestions,
            FigureRevisionRepository revisions, SourceService sources, ApplicationEventPublisher events,
            PlaceService places) {
        this.places = places;
        this.figures = figures;
        this.suggestions = suggestions;
        this.revisions = revisions;
        this.sources = sources;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureRow> figuresOf(long storyId) {
        return figures.findByStory(storyId).stream().map(FigureService::row).toList();
    }

    /**
     * One figure of the story as lists show it, if it is one: what a view adds or updates without reading every
     * figure again.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<FigureRow> rowOf(long storyId, long figureId) {
        return figures.findWithSource(figureId).filter(f -> f.getStoryId() == storyId).map(FigureService::row);
    }

    /** The story's figures in a few facts each, detached ones included, in text order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureSummary> summariesOf(long storyId) {
        return figures.findByStory(storyId).stream().map(FigureService::summaryOf).toList();
    }

    /** One figure in a few facts, if it exists. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<FigureSummary> summary(long figureId) {
        return figures.findWithSource(figureId).map(FigureService::summaryOf);
    }

    /** The given figures in a few facts each, those that exist, in no particular order: one query for them all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureRef> refs(java.util.Collection<Long> figureIds) {
        return figureIds.isEmpty() ? List.of() : figures.findRefs(figureIds);
    }

    /** The figures of the given stories (detached ones included), by story then in text order: one query. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureRef> refsOfStories(java.util.Collection<Long> storyIds) {
        return storyIds.isEmpty() ? List.of() : figures.findRefsOfStories(storyIds);
    }

    /** How many figures each of the given stories has (detached ones included); stories with none are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<Long, Long> countsOf(java.util.Collection<Long> storyIds) {
        return storyIds.isEmpty() ? Map.of() : figures.countByStories(storyIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /**
     * The figure whole, with the source it is attributed to: for the status engine (evidence), which reads its
     * value, measure and scope. The entity is for reading; figures change through this service.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Figure> withSource(long figureId) {
        return figures.findWithSource(figureId);
    }

    /** The story's figures whole (detached ones included), in text order, with their sources: for the status engine. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Figure> figuresWithSourcesOf(long storyId) {
        return figures.findByStory(storyId);
    }

    /** The ids of every figure of these kinds. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Long> idsOfKinds(java.util.Collection<org.corroborate.extraction.QuantityKind> kinds) {
        return kinds.isEmpty() ? List.of() : figures.findIdsOfKinds(kinds);
    }

    /** The ids of the figures attributed to the source. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Long> idsAttributedTo(long sourceId) {
        return figures.findIdsAttributedTo(sourceId);
    }

    /** Those of the given ids that are figures (not deleted since): one query. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Long> existing(java.util.Collection<Long> figureIds) {
        return figureIds.isEmpty() ? List.of() : figures.findExistingIds(figureIds);
    }

    /** How many figures there are. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long count() {
        return figures.count();
    }

    /** Up to {@code limit} figure ids above {@code after}, in order: to walk every figure a page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Long> idsAfter(long after, int limit) {
        return figures.findIdsAfter(after, org.springframework.data.domain.Limit.of(limit));
    }

    /** What counts people: a dismissed suggestion of one of these leaves a toll of the story unchecked. */
    private static final Set<QuantityKind> TOLLS = EnumSet.of(QuantityKind.DEATHS, QuantityKind.INJURED,
            QuantityKind.DISPLACED, QuantityKind.AFFECTED, QuantityKind.PEOPLE);

    /**
     * The words of the story's dismissed suggestions that count people (the dead, injured, displaced, affected) and
     * that no figure covers since, in text order: tolls the story states that nobody checks (walk F37).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<String> dismissedTolls(long storyId) {
        List<Figure> anchored = figures.findByStory(storyId).stream().filter(f -> !f.isDetached()).toList();
        return suggestions.findByStoryAndState(storyId, SuggestionState.DISMISSED).stream()
                .filter(s -> TOLLS.contains(s.getMeasure().kind()))
                .filter(s -> anchored.stream().noneMatch(f -> f.getStartOffset() < s.getEndOffset()
                        && s.getStartOffset() < f.getEndOffset()))
                .sorted(Comparator.comparingInt(FigureSuggestion::getStartOffset))
                .map(FigureSuggestion::getQuote).toList();
    }

    /** The suggestions still waiting for a decision, in text order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureSuggestionRow> suggestionsOf(long storyId) {
        Map<Long, SourceRef> registry = sources.choices().stream()
                .collect(Collectors.toMap(SourceRef::id, Function.identity()));
        return suggestions.findByStoryAndState(storyId, SuggestionState.SUGGESTED).stream()
                .map(s -> suggestionRow(s, registry)).toList();
    }

    /**
     * Anchors a figure in a story's text; the same span is never stored twice. Suggestions waiting for the
     * words it covers are dropped.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long anchor(long storyId, String storyText, int start, String quote, Quantity quantity, Measure measure,
            @Nullable Source attribution) {
        if (figures.existsByStoryIdAndStartOffsetAndDetachedFalse(storyId, start)) {
            throw new IllegalArgumentException("A figure already starts at " + start + " in story " + storyId);
        }
        Figure figure = figures.save(Figure.anchor(storyId, storyText, start, quote, quantity, measure, attribution));
        long id = figure.getId();
        revisions.save(new FigureRevision(figure, FigureRevision.Action.ADDED, CurrentUser.usernameOrSystem(),
                Instant.now()));
        // What the figure now covers no longer needs a decision.
        suggestions.deleteAll(suggestions.findOverlapping(storyId, SuggestionState.SUGGESTED, figure.getStartOffset(),
                figure.getEndOffset()));
        events.publishEvent(new FigureAnchored(id, storyId));
        return id;
    }

    /**
     * Runs the extraction engine on the story's text and stores what it finds as suggestions, replacing those
     * still waiting. Leaves out what overlaps a figure and what a fact-checker dismissed (same quote, about the
     * same place). Returns how many suggestions wait now.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public int suggest(long storyId, String storyText, String language) {
        List<FigureSuggestion> known = suggestions.findByStory(storyId);
        suggestions.deleteAll(known.stream().filter(s -> s.getState() == SuggestionState.SUGGESTED).toList());
        List<FigureSuggestion> dismissed = known.stream()
                .filter(s -> s.getState() == SuggestionState.DISMISSED).toList();
        List<Figure> anchored = figures.findByStory(storyId).stream().filter(f -> !f.isDetached()).toList();
        List<FigureSuggestion> found = extractor.extract(storyText, Locale.forLanguageTag(language)).figures().stream()
                .filter(f -> f.low() != null || f.high() != null)
                .filter(f -> anchored.stream().noneMatch(a -> a.getStartOffset() < f.end() && f.start() < a.getEndOffset()))
                .filter(f -> dismissed.stream().noneMatch(d -> d.isSameAs(f.quote(), f.start())))
                .map(f -> suggestion(storyId, f)).toList();
        suggestions.saveAll(found);
        return found.size();
    }

    /**
     * Accepts a suggestion as a figure, as suggested or as corrected by {@code correction} (null: as suggested).
     * The attribution is the source the mention resolved to, or the one the correction names; when there is none, the
     * mention is kept as the story's words.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long accept(long storyId, String storyText, long suggestionId, @Nullable FigureDraft correction) {
        FigureSuggestion suggestion = suggestionOf(storyId, suggestionId);
        suggestion.accept();
        Quantity quantity = correction == null ? suggestion.getQuantity() : correction.quantity();
        Measure measure = correction == null ? suggestion.getMeasure() : correction.measure();
        Source attribution = correction == null ? attributionOf(suggestion) : source(correction.sourceId());
        long id = anchor(suggestion.getStoryId(), storyText, suggestion.getStartOffset(), suggestion.getQuote(),
                quantity, measure, attribution);
        String mention = correction != null && correction.attributionMention() != null
                ? correction.attributionMention() : suggestion.getAttributionMention();
        if (attribution == null && mention != null) {
            // No registered source: the story's words for it (or the name typed) are kept, never dropped.
            figures.findById(id).orElseThrow().attributeUnregistered(mention);
        }
        return id;
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void dismiss(long storyId, long suggestionId) {
        suggestionOf(storyId, suggestionId).dismiss();
    }

    private FigureSuggestion suggestionOf(long storyId, long suggestionId) {
        return suggestions.findById(suggestionId).filter(s -> s.getStoryId() == storyId)
                .orElseThrow(() -> new NoSuchElementException("No suggestion " + suggestionId + " in story " + storyId));
    }

    /**
     * What the engine reads in the words [start, end) of a story: the figure it finds there when reading the
     * whole text (so that the sentence's attribution and period count), else in the selected words alone, else
     * an empty draft.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureDraft draftFor(String storyText, String language, int start, int end) {
        Locale locale = Locale.forLanguageTag(language);
        Optional<ExtractedFigure> inContext = extractor.extract(storyText, locale).figures().stream()
                .filter(f -> f.start() < end && start < f.end()).findFirst();
        return inContext.or(() -> extractor.extract(storyText.substring(start, end), locale).figures().stream()
                .findFirst()).map(this::draft).orElseGet(FigureDraft::empty);
    }

    /** Adds a figure for the words a fact-checker selected, [start, end) in the story's text, blanks trimmed. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long add(long storyId, String storyText, int start, int end, FigureDraft draft) {
        if (start < 0 || end > storyText.length() || start >= end) {
            throw new IllegalArgumentException("No words selected at " + start + ".." + end);
        }
        while (start < end && Character.isWhitespace(storyText.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(storyText.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("Only blanks selected at " + start);
        }
        Source attribution = source(draft.sourceId());
        long id = anchor(storyId, storyText, start, storyText.substring(start, end), draft.quantity(), draft.measure(),
                attribution);
        if (attribution == null && draft.attributionMention() != null) {
            // A name typed that no registered source has: kept as free text.
            figures.findById(id).orElseThrow().attributeUnregistered(draft.attributionMention());
        }
        return id;
    }

    /**
     * Moves the story's figures and suggestions with an edit of its text. Figures whose words are gone are
     * flagged as detached; suggestions whose words are gone are dropped. Returns how many figures detached.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public int followEdit(long storyId, TextEdit edit) {
        int detached = 0;
        for (Figure figure : figures.findByStory(storyId)) {
            boolean was = figure.isDetached();
            figure.followEdit(edit);
            if (!was && figure.isDetached()) {
                detached++;
                events.publishEvent(new FigureDetached(figure.getId(), storyId, figure.getQuote()));
            }
        }
        suggestions.deleteAll(suggestions.findByStory(storyId).stream().filter(s -> !s.followEdit(edit)).toList());
        return detached;
    }

    /**
     * Removes a figure accepted by mistake (walk3 H12: "three" hours, "10" days): its words stay in the story's text
     * and are not suggested again (a dismissed suggestion, as if never accepted), and the figure goes with what
     * hangs on it: its evidence links, stored standing, decision, values, comments and assignment, in this one
     * transaction. {@link FigureRemoved} is published first, while all of it is still there: the history records the
     * removal, review lets go of the decision (and refuses it on a published story, rolling all of it back), open
     * views hear of it after the commit. The caller checks that the story is open to changes.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void remove(long storyId, long figureId) {
        lockForChange(List.of(figureId));
        Figure figure = figures.findWithSource(figureId).filter(f -> f.getStoryId() == storyId)
                .orElseThrow(() -> new NoSuchElementException("No figure " + figureId + " in story " + storyId));
        events.publishEvent(new FigureRemoved(figureId, storyId, figure.getQuote(), summary(figure)));
        if (!figure.isDetached()) {
            dismissWordsOf(figure);
        }
        // the rows of other features that hang on the figure go with it (on delete cascade, V1, V2, V8, V9, V10)
        figures.delete(figure);
        figures.flush();
    }

    /** The suggestion the figure came from counts as dismissed; a figure added by hand leaves one dismissed. */
    private void dismissWordsOf(Figure figure) {
        List<FigureSuggestion> same = suggestions.findOverlapping(figure.getStoryId(), SuggestionState.ACCEPTED,
                figure.getStartOffset(), figure.getEndOffset()).stream()
                .filter(s -> s.isSameAs(figure.getQuote(), figure.getStartOffset())).toList();
        same.forEach(FigureSuggestion::withdraw);
        if (same.isEmpty()) {
            Source source = figure.getAttributedSource();
            FigureSuggestion words = new FigureSuggestion(figure.getStoryId(), figure.getStartOffset(),
                    figure.getQuote(), FigureRevision.copy(figure.getQuantity()),
                    FigureRevision.copy(figure.getMeasure()), figure.getAttributionMention(),
                    source == null ? null : source.getId(), false);
            words.dismiss();
            suggestions.save(words);
        }
    }

    /** A figure whose attribution is kept as the story's words, no registered source matching them (yet). */
    public record AttributedInWords(long figureId, long storyId, String words) {
    }

    /** The figures whose attribution is only the story's words ("selon le ministère de l'Intérieur"). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<AttributedInWords> attributedInWordsOnly() {
        return figures.findAttributedInWordsOnly().stream()
                .map(f -> new AttributedInWords(f.getId(), f.getStoryId(), f.getAttributionMention())).toList();
    }

    /**
     * Attributes a figure whose attribution was only the story's words to the registered source those words name
     * (walker F24: registering the source did not attach the figure). A recorded change, as a corrected attribution
     * is; nothing happens when the figure is attributed meanwhile.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void attributeWordsTo(long figureId, long sourceId) {
        Figure figure = figure(figureId);
        if (figure.getAttributedSource() != null || figure.getAttributionMention() == null) {
            return;
        }
        change(figure, figure.getQuantity(), figure.getMeasure(), source(sourceId), FigureRevision.Action.EDITED);
    }

    /**
     * Where a detached figure's words are in the text now: the occurrence of its quote nearest to where it stood.
     * Empty when the figure is anchored or its words are not in the text.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public java.util.OptionalInt wordsFoundAgain(long figureId, String storyText) {
        return wordsIn(figure(figureId), storyText);
    }

    private static java.util.OptionalInt wordsIn(Figure figure, String text) {
        if (!figure.isDetached() || figure.getQuote().isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        int best = -1;
        for (int at = text.indexOf(figure.getQuote()); at >= 0; at = text.indexOf(figure.getQuote(), at + 1)) {
            if (best < 0 || Math.abs(at - figure.getStartOffset()) < Math.abs(best - figure.getStartOffset())) {
                best = at;
            }
        }
        return best < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(best);
    }

    /**
     * Anchors a detached figure to its words again, found in the story's text (the occurrence nearest to where it
     * stood). Returns false, changing nothing, when the figure is anchored or its words are not in the text.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public boolean reanchor(long storyId, String storyText, long figureId) {
        Figure figure = figure(figureId);
        if (figure.getStoryId() != storyId) {
            throw new NoSuchElementException("No figure " + figureId + " in story " + storyId);
        }
        java.util.OptionalInt at = wordsIn(figure, storyText);
        if (at.isEmpty()) {
            return false;
        }
        figure.reanchor(storyText, at.getAsInt());
        figures.saveAndFlush(figure);
        // the extraction may have suggested the same words again meanwhile: the figure is them
        suggestions.deleteAll(suggestions.findOverlapping(storyId, SuggestionState.SUGGESTED, figure.getStartOffset(),
                figure.getEndOffset()));
        events.publishEvent(new FigureReanchored(figureId, storyId, figure.getQuote()));
        return true;
    }

    /** A figure's value as it is now, with the version a correction must name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureValue value(long figureId) {
        return value(figure(figureId));
    }

    /**
     * Corrects a figure's value, measure or attribution as the person saw it at {@code expectedVersion}. If
     * someone saved the figure since, throws {@link StaleFigureException} carrying it as it is now, and changes
     * nothing. A correction that changes nothing is not stored. Returns the figure as saved.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public FigureValue edit(long figureId, long expectedVersion, FigureDraft draft) {
        lockForChange(List.of(figureId));
        Figure figure = figure(figureId);
        refuseIfStale(figure, expectedVersion);
        FigureValue saved = change(figure, draft.quantity(), draft.measure(), source(draft.sourceId()),
                FigureRevision.Action.EDITED);
        if (draft.sourceId() == null && draft.attributionMention() != null
                && !draft.attributionMention().strip().equals(figure.getAttributionMention())) {
            // A name typed that no registered source has: kept as free text.
            figure.attributeUnregistered(draft.attributionMention());
            figures.saveAndFlush(figure);
            return value(figure);
        }
        return saved;
    }

    /**
     * Gives a figure back one of its earlier values ({@code revisionId}, from {@link #revisions}), as the
     * person saw the figure at {@code expectedVersion}; the restore is a change of its own. Refuses a value the
     * figure has now.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public FigureValue restore(long figureId, long expectedVersion, long revisionId) {
        lockForChange(List.of(figureId));
        Figure figure = figure(figureId);
        FigureRevision revision = revisions.findById(revisionId).filter(r -> r.getFigureId() == figureId)
                .orElseThrow(() -> new NoSuchElementException("No value " + revisionId + " of figure " + figureId));
        refuseIfStale(figure, expectedVersion);
        Source attribution = revision.getAttributedSourceId() == null ? null
                : sources.details(revision.getAttributedSourceId()).flatMap(d -> sources.findByKey(d.key()))
                        .orElse(null);
        String target = summary(revision.getQuantity(), revision.getMeasure(), attribution);
        if (target.equals(summary(figure))) {
            throw new IllegalArgumentException("Figure " + figureId + " already has the value " + target);
        }
        return change(figure, FigureRevision.copy(revision.getQuantity()), FigureRevision.copy(revision.getMeasure()),
                attribution, FigureRevision.Action.RESTORED);
    }

    /**
     * A fact-checker says where and when the figure counts, as they saw it at {@code expectedVersion}: a place of the
     * registry (null: its story's) and the days (null: its story's window). A recorded change like a corrected value:
     * in the history, its standing derived again, an approval lapsing.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public FigureValue correctScope(long figureId, long expectedVersion, @Nullable Long placeId,
            @Nullable Period days) {
        lockForChange(List.of(figureId));
        Figure figure = figure(figureId);
        refuseIfStale(figure, expectedVersion);
        String placeName = placeId == null ? null : places.find(placeId)
                .orElseThrow(() -> new NoSuchElementException("No place " + placeId)).name();
        String before = summary(figure);
        Measure scoped = figure.getMeasure().scoped(placeId, placeName,
                days == null ? null : Period.stated(days.from(), days.to()));
        String who = CurrentUser.usernameOrSystem();
        Instant now = Instant.now();
        figure.correctScope(scoped, who, now);
        figures.saveAndFlush(figure);
        revisions.save(new FigureRevision(figure, FigureRevision.Action.EDITED, who, now));
        events.publishEvent(new FigureEdited(figure.getId(), figure.getStoryId(), FigureRevision.Action.EDITED.name(),
                before, summary(figure)));
        return value(figure);
    }

    /**
     * Takes these figures' locks until the caller's transaction ends, in ascending order (two holders of several
     * never wait on each other in a cycle). Whoever changes a figure, its evidence or its stored standing takes its
     * lock before writing anything else in the transaction: a transaction that waits for a figure's lock then holds
     * no row another holder may need (a correction lapsing the approval the standing's derivation lapses too, a
     * queue row locked by a re-check).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void lockForChange(Collection<Long> figureIds) {
        new TreeSet<>(figureIds).forEach(figures::lock);
    }

    /** Every value the figure has had, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureRevisionRow> revisions(long figureId) {
        Figure figure = figure(figureId);
        String now = summary(figure);
        Map<Long, String> names = sources.choices().stream()
                .collect(Collectors.toMap(SourceRef::id, SourceRef::name, (a, b) -> a));
        return revisions.findByFigure(figureId).stream().map(r -> {
            String summary = summary(r.getQuantity(), r.getMeasure(),
                    r.getAttributedSourceId() == null ? null : names.get(r.getAttributedSourceId()));
            return new FigureRevisionRow(r.getId(), r.getAction().name(), summary, r.getChangedBy(),
                    r.getChangedAt(), summary.equals(now));
        }).toList();
    }

    private FigureValue change(Figure figure, Quantity quantity, Measure measure, @Nullable Source attribution,
            FigureRevision.Action action) {
        String before = summary(figure);
        if (before.equals(summary(quantity, measure, attribution))) {
            return value(figure);
        }
        String who = CurrentUser.usernameOrSystem();
        Instant now = Instant.now();
        figure.correct(quantity, measure, attribution, who, now);
        figures.saveAndFlush(figure);
        revisions.save(new FigureRevision(figure, action, who, now));
        events.publishEvent(new FigureEdited(figure.getId(), figure.getStoryId(), action.name(), before,
                summary(figure)));
        return value(figure);
    }

    private void refuseIfStale(Figure figure, long expectedVersion) {
        if (figure.getVersion() != expectedVersion) {
            throw new StaleFigureException(value(figure));
        }
    }

    private Figure figure(long figureId) {
        return figures.findById(figureId).orElseThrow(() -> new NoSuchElementException("No figure " + figureId));
    }

    private static FigureValue value(Figure f) {
        Quantity q = f.getQuantity();
        Measure m = f.getMeasure();
        FigureDraft draft = new FigureDraft(q.qualifier(), q.low(), q.high(), q.unit(), m.kind(), m.subject(),
                m.period(), f.getAttributedSource() == null ? null : f.getAttributedSource().getId(),
                f.getAttributionMention(), m.holder());
        return new FigureValue(f.getId(), f.getStoryId(), f.getVersion(), f.getQuote(), draft, summary(f),
                f.getValueEditedBy(), f.getValueEditedAt());
    }

    /** The value in one line, as the history shows it: "≈ 260 · DEATHS · civils · 24 décembre · OSDH". */
    static String summary(Figure f) {
        return summary(f.getQuantity(), f.getMeasure(), f.getAttributedSource());
    }

    private static String summary(Quantity q, Measure m, @Nullable Source attribution) {
        return summary(q, m, attribution == null ? null : attribution.getName());
    }

    private static String summary(Quantity q, Measure m, @Nullable String attribution) {
        return FigureDraft.summary(q, m, attribution);
    }

    private FigureSuggestion suggestion(long storyId, ExtractedFigure f) {
        String mention = f.attribution() == null ? null : f.attribution().mention();
        Long sourceId = mention == null ? null : sources.resolve(mention).map(SourceRef::id).orElse(null);
        return new FigureSuggestion(storyId, f.start(), f.quote(),
                Quantity.of(f.qualifier(), f.low(), f.high(), f.unit()),
                new Measure(f.kind(), f.subject(), null, f.period() == null ? null : f.period().text())
                        .heldBy(f.holder()),
                mention, sourceId, f.ambiguousNumber());
    }

    private FigureDraft draft(ExtractedFigure f) {
        Long sourceId = f.attribution() == null ? null
                : sources.resolve(f.attribution().mention()).map(SourceRef::id).orElse(null);
        return new FigureDraft(f.qualifier(), f.low(), f.high(), f.unit(), f.kind(), f.subject(),
                f.period() == null ? null : f.period().text(), sourceId, null, f.holder());
    }

    private @Nullable Source attributionOf(FigureSuggestion suggestion) {
        if (suggestion.getAttributedSourceId() != null) {
            return source(suggestion.getAttributedSourceId());
        }
        // The source may have been registered since the text was extracted.
        return suggestion.getAttributionMention() == null ? null
                : sources.resolve(suggestion.getAttributionMention()).map(ref -> source(ref.id())).orElse(null);
    }

    private @Nullable Source source(@Nullable Long sourceId) {
        if (sourceId == null) {
            return null;
        }
        String key = sources.details(sourceId).orElseThrow(() -> new NoSuchElementException("No source " + sourceId))
                .key();
        return sources.findByKey(key).orElseThrow();
    }

    private static FigureSummary summaryOf(Figure f) {
        Source source = f.getAttributedSource();
        return new FigureSummary(f.getId(), f.getStoryId(), f.getVersion(), f.getQuote(), f.getQuantity().display(),
                source == null ? null : source.getId(), source == null ? null : source.getName(),
                f.getValueEditedBy(), f.isDetached());
    }

    private static FigureRow row(Figure f) {
        Quantity q = f.getQuantity();
        Measure m = f.getMeasure();
        return new FigureRow(f.getId(), f.getStartOffset(), f.getEndOffset(), f.getQuote(), q.qualifier(), q.low(),
                q.high(), q.unit(), q.display(), m.kind(), m.subject(), m.period(),
                f.getAttributedSource() == null ? f.getAttributionMention() : f.getAttributedSource().getName(),
                f.isDetached(), m.holder());
    }

    private static FigureSuggestionRow suggestionRow(FigureSuggestion s, Map<Long, SourceRef> registry) {
        Quantity q = s.getQuantity();
        Measure m = s.getMeasure();
        SourceRef source = s.getAttributedSourceId() == null ? null : registry.get(s.getAttributedSourceId());
        return new FigureSuggestionRow(s.getId(), s.getStartOffset(), s.getEndOffset(), s.getQuote(), q.qualifier(), q.low(),
                q.high(), q.unit(), q.display(), m.kind(), m.subject(), m.period(), s.getAttributionMention(),
                source == null ? null : source.id(), source == null ? null : source.name(), s.isAmbiguousNumber(),
                m.holder());
    }
}
