package org.corroborate.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.figure.FigureDraft;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.figure.FigureValue;
import org.corroborate.figure.TextEdit;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stories feature's API: stories, and through them the figures found, accepted and added in their text; and
 * the story's editorial state, which only this service changes ({@link StoryRules} says when it may), announcing
 * every change as {@link StoryStateChanged} and live.
 */
@Service
public class StoryService {

    private final StoryRepository stories;
    private final FigureService figures;
    private final SourceService sources;
    private final ApplicationEventPublisher events;
    private final StoryWatch watch;
    private final Clock clock = Clock.systemUTC();

    StoryService(StoryRepository stories, FigureService figures, SourceService sources,
            ApplicationEventPublisher events, StoryWatch watch) {
        this.stories = stories;
        this.figures = figures;
        this.sources = sources;
        this.events = events;
        this.watch = watch;
    }

    /** The story in a few facts, for features that need its state or language. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<StoryRef> ref(long id) {
        return stories.findById(id).map(s -> new StoryRef(s.getId(), s.getTitle(), s.getLanguage(), s.getState(),
                s.getPublishedAt(), s.getUpdatedAt()));
    }

    /**
     * A story already here with exactly this text, if any (third walk, H22: the same text pasted twice made two stories
     * without a word): the paste dialog offers to open it instead.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<StoryRef> withSameText(String text) {
        return text == null || text.isBlank() ? Optional.empty() : stories.findIdWithBody(text).flatMap(this::ref);
    }

    /** The given stories in a few facts each, those that exist, in no particular order: one query for them all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<StoryRef> refs(java.util.Collection<Long> ids) {
        if (ids.size() <= MANY) {
            return ids.isEmpty() ? List.of() : stories.findRefs(ids);
        }
        return stories.findRefRows(ids.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}"))).stream()
                .map(row -> new StoryRef(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        StoryState.valueOf((String) row[3]), instant(row[4]), instant(row[5])))
                .toList();
    }

    /** Past this many ids, {@link #refs} sends them as one array. */
    private static final int MANY = 64;

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    /**
     * One page of the stories in the given states, last changed first (then by id): for features that list work
     * on stories (a queue) and walk it page by page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<StoryRef> refsInStates(java.util.Set<StoryState> states, Pageable page) {
        return states.isEmpty() ? List.of() : stories.findRefsInStates(states, page);
    }

    /** The story's text; empty when there is no such story. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public String text(long id) {
        return stories.findById(id).map(Story::getBody).orElse("");
    }

    /** Draft → in review: the fact-checkers hand the story to the editors. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void submitForReview(long storyId) {
        Story story = story(storyId);
        changeState(story, story::submitForReview);
    }

    /** In review → approved; the caller (review) has checked that every figure is decided. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_DECIDE)
    public void approve(long storyId) {
        Story story = story(storyId);
        changeState(story, story::approve);
    }

    /** Approved → published; the story's text and figures are locked until it is reopened. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_DECIDE)
    public void publish(long storyId) {
        Story story = story(storyId);
        changeState(story, () -> story.publish(clock.instant()));
    }

    /** Approved or published → in review again. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_DECIDE)
    public void reopen(long storyId) {
        Story story = story(storyId);
        changeState(story, story::reopen);
    }

    /** An approved story whose figures changed goes back to review (their decisions are due again); otherwise nothing. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void backToReview(long storyId) {
        Story story = story(storyId);
        if (story.getState() == StoryState.APPROVED) {
            changeState(story, story::reopen);
        }
    }

    private void changeState(Story story, Runnable change) {
        StoryState before = story.getState();
        change.run();
        events.publishEvent(new StoryStateChanged(story.getId(), before, story.getState()));
        watch.announce(story.getId(), StoryChange.Aspect.STATE);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<StorySummary> list(String filter, Pageable page) {
        List<StorySummary> rows = stories.findSummaries(normalise(filter), page);
        java.util.Map<Long, Long> counts = figures.countsOf(rows.stream().map(StorySummary::id).toList());
        return rows.stream().map(r -> new StorySummary(r.id(), r.title(), r.language(), r.state(),
                counts.getOrDefault(r.id(), 0L), r.updatedAt())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long count(String filter) {
        return stories.countSummaries(normalise(filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<StoryDetails> details(long id) {
        return stories.findById(id).map(s -> new StoryDetails(s.getId(), s.getVersion(), s.getTitle(),
                s.getLanguage(), s.getState(), s.getBody(), s.getPublishedAt(), figures.figuresOf(s.getId())));
    }

    /** One figure of the story as lists show it; empty when it is not (or no longer) one of the story's figures. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<FigureRow> figure(long storyId, long figureId) {
        return figures.rowOf(storyId, figureId);
    }

    /**
     * Stores a pasted story as a draft and runs figure extraction on it: what is found waits as suggestions.
     * Throws {@link InvalidStoryException} naming every problem.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long create(String title, String language, String text) {
        return create(title, language, text, null);
    }

    /**
     * As {@link #create(String, String, String)}, for a story that already ran when {@code publishedAt} is given (a
     * story re-checked after the fact): reports after that time are then newer than the story, those before it older.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long create(String title, String language, String text, @Nullable Instant publishedAt) {
        List<String> problems = new ArrayList<>(StoryRules.problems(title, language, text));
        StoryRules.publicationProblem(publishedAt, clock.instant()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidStoryException(problems);
        }
        Story story = Story.draft(title, language, text, CurrentUser.usernameOrSystem());
        if (publishedAt != null) {
            story.datePublication(publishedAt);
        }
        stories.save(story);
        figures.suggest(story.getId(), story.getBody(), story.getLanguage());
        return story.getId();
    }

    /**
     * The day a pasted story's dateline names ("MAPUTO, March 18 (Reuters) -"), to propose as when it ran: the person
     * confirms or changes it; nothing is stored here.
     */
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Optional<Dateline> dateline(String text) {
        return Dateline.read(text, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The figures the engine suggests for the story and nobody decided on yet, in text order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureSuggestionRow> suggestions(long storyId) {
        return figures.suggestionsOf(storyId);
    }

    /** Runs extraction again; dismissed suggestions and the words of figures are left out. Returns how many wait. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public int reextract(long storyId) {
        Story story = openStory(storyId);
        return figures.suggest(storyId, story.getBody(), story.getLanguage());
    }

    /** Accepts a suggestion as a figure, as suggested ({@code correction} null) or as corrected. Returns the figure's id. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long accept(long storyId, long suggestionId, @Nullable FigureDraft correction) {
        return figures.accept(storyId, openStory(storyId).getBody(), suggestionId, correction);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void dismiss(long storyId, long suggestionId) {
        openStory(storyId);
        figures.dismiss(storyId, suggestionId);
    }

    /** What the engine reads in the selected words [start, end) of the story, to prefill a new figure. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureDraft draftForSelection(long storyId, int start, int end) {
        Story story = story(storyId);
        requireSpan(story, start, end);
        return figures.draftFor(story.getBody(), story.getLanguage(), start, end);
    }

    /** Adds a figure for the selected words [start, end) of the story. Returns the figure's id. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long addFigure(long storyId, int start, int end, FigureDraft draft) {
        Story story = openStory(storyId);
        requireSpan(story, start, end);
        return figures.add(storyId, story.getBody(), start, end, draft);
    }

    /**
     * Replaces the story's text as the editor saw it at {@code expectedVersion}; figures follow their words or
     * are flagged as detached, and extraction runs again on the new text. If someone saved the story since,
     * throws {@link org.springframework.dao.OptimisticLockingFailureException} and changes nothing. Returns how
     * many figures detached. A published story's text is locked: throws {@link StoryPublishedException}.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public int editText(long storyId, long expectedVersion, String text) {
        Story story = openStory(storyId);
        if (story.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Story.class, storyId);
        }
        TextEdit edit = TextEdit.between(story.getBody(), text);
        if (edit.changesNothing()) {
            return 0;
        }
        story.reviseText(text);
        stories.saveAndFlush(story);
        events.publishEvent(new StoryTextEdited(storyId, changedWords(edit.before(), edit), changedWords(text, edit)));
        int detached = figures.followEdit(storyId, edit);
        figures.suggest(storyId, text, story.getLanguage());
        return detached;
    }

    /** The registered sources a figure may be attributed to. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<SourceRef> sourceChoices() {
        return sources.choices();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Long> findByTitle(String title) {
        return stories.findFirstByTitle(title).map(Story::getId);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void datePublication(long storyId, Instant when) {
        story(storyId).datePublication(when);
    }

    /** Whether a detached figure's words are in the story's text again, so that it can be anchored to them. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public boolean canReanchor(long storyId, long figureId) {
        return figures.wordsFoundAgain(figureId, text(storyId)).isPresent();
    }

    /**
     * Anchors a detached figure of the story to its words, found again in the text (walker F32). Refused on a
     * published story. Returns false when its words are not in the text.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public boolean reanchorFigure(long storyId, long figureId) {
        requireOpen(storyId);
        return figures.reanchor(storyId, text(storyId), figureId);
    }

    /** Where and when the story's event is, if a fact-checker set it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<StoryScopeSetting> scopeSetting(long storyId) {
        return story(storyId).scopeSetting();
    }

    /**
     * A fact-checker sets the story's places and window (empty places and no days: read them from the text again);
     * recorded in the history with what it was before.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void rescope(long storyId, List<Long> placeIds, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Story story = story(storyId);
        String before = story.scopeSetting().map(StoryService::describe).orElse("—");
        story.rescope(placeIds, from, to, org.corroborate.security.CurrentUser.usernameOrSystem(), clock.instant());
        stories.saveAndFlush(story);
        events.publishEvent(new StoryRescoped(storyId, before, story.scopeSetting().map(StoryService::describe)
                .orElse("—")));
    }

    private static String describe(StoryScopeSetting s) {
        return "places " + s.placeIds() + (s.from() == null ? "" : " · " + s.from() + " – " + s.to());
    }

    /** Correct a figure of the story; see {@link FigureService#edit}. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public FigureValue editFigure(long storyId, long figureId, long expectedVersion, FigureDraft draft) {
        openStory(storyId);
        requireFigureOf(storyId, figureId);
        return figures.edit(figureId, expectedVersion, draft);
    }

    /**
     * Removes a figure of the story accepted by mistake (no figure to check): its words stay in the text; see
     * {@link FigureService#remove}. Refused on a published story ({@link StoryPublishedException}).
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void removeFigure(long storyId, long figureId) {
        openStory(storyId);
        figures.remove(storyId, figureId);
    }

    /** A figure of the story as it is now, to correct it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureValue figureValue(long storyId, long figureId) {
        return requireFigureOf(storyId, figureId);
    }

    private FigureValue requireFigureOf(long storyId, long figureId) {
        FigureValue value = figures.value(figureId);
        if (value.storyId() != storyId) {
            throw new NoSuchElementException("No figure " + figureId + " in story " + storyId);
        }
        return value;
    }

    /** The changed region of one side of an edit, with up to 40 characters around it, at most 2000 in all. */
    private static String changedWords(String text, TextEdit edit) {
        int from = Math.max(0, edit.prefix() - 40);
        int to = Math.min(text.length(), text.length() - edit.suffix() + 40);
        String words = (from > 0 ? "…" : "") + text.substring(from, Math.max(from, to)) + (to < text.length() ? "…" : "");
        return words.length() > 2000 ? words.substring(0, 2000) + "…" : words;
    }

    /**
     * The story, to change its figures: a published story's figures are locked until an editor reopens it
     * ({@link StoryPublishedException}, nothing changed).
     */
    private Story openStory(long storyId) {
        Story story = story(storyId);
        if (story.getState().locked()) {
            throw new StoryPublishedException(storyId);
        }
        return story;
    }

    /** Whether the story's figures may be changed now: refused with {@link StoryPublishedException} if not. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public void requireOpen(long storyId) {
        openStory(storyId);
    }

    private Story story(long storyId) {
        return stories.findById(storyId).orElseThrow(() -> new NoSuchElementException("No story " + storyId));
    }

    private static void requireSpan(Story story, int start, int end) {
        if (start < 0 || end > story.getBody().length() || start >= end) {
            throw new IllegalArgumentException("No words of the story at " + start + ".." + end);
        }
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
