package org.corroborate.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.collaboration.LiveRound;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSummary;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryRef;
import org.corroborate.story.StoryRules;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review feature's API: editors approve figures (with the wording to publish) or reject them (with a
 * reason), and move stories from in review to approved and published, or reopen them: the story feature changes
 * the state, when its {@link StoryRules} allow it. Every step is written to the story's history in the same
 * transaction. Refusals throw {@link ReviewRefusedException} and change nothing.
 */
@Service
public class ReviewService {

    /** Who signs off: editors and admins (the rule is security's). */
    public static final String CAN_DECIDE = Role.Names.CAN_DECIDE;

    private final ReviewRepository approvals;
    private final DecisionQueue queue;
    private final FigureFacts facts;
    private final History history;
    private final FigureService figures;
    private final StoryService stories;
    private final StoryWatch watch;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReviewService(ReviewRepository approvals, DecisionQueue queue, FigureFacts facts, History history, FigureService figures,
            StoryService stories, StoryWatch watch, ApplicationEventPublisher events) {
        this.approvals = approvals;
        this.queue = queue;
        this.facts = facts;
        this.history = history;
        this.figures = figures;
        this.stories = stories;
        this.watch = watch;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public StoryReview storyReview(long storyId) {
        StoryRef story = story(storyId);
        // every figure's decision and last evidence change read in one go (was a few queries per figure: issue 16)
        List<FigureSummary> all = this.figures.summariesOf(storyId);
        Map<Long, Approval> decisions = new HashMap<>();
        if (!all.isEmpty()) {
            approvals.findByFigureIdIn(all.stream().map(FigureSummary::id).toList())
                    .forEach(a -> decisions.put(a.getFigureId(), a));
        }
        List<FigureSummary> attached = all.stream().filter(f -> counts(f, Optional.ofNullable(decisions.get(f.id()))
                .map(Approval::getDecision).orElse(null))).toList();
        List<Long> ids = attached.stream().map(FigureSummary::id).toList();
        Map<Long, String> changers = facts.lastEvidenceChangers(ids);
        List<FigureReview> figures = attached.stream().map(f -> review(f, story,
                Optional.ofNullable(decisions.get(f.id())), changers.get(f.id()))).toList();
        StoryState state = story.state();
        List<String> rejected = figures.stream().filter(f -> f.decision() == Decision.REJECTED)
                .map(FigureReview::quote).toList();
        return new StoryReview(storyId, state, figures, StoryRules.submit(state).orElse(null),
                StoryRules.approve(state, Decision.allSettled(figures.stream().map(FigureReview::decision).toList()))
                        .orElse(null),
                StoryRules.publish(state, !rejected.isEmpty()).orElse(null), StoryRules.reopen(state).orElse(null),
                rejected);
    }

    /**
     * The story's state and next steps, as in its {@link #storyReview review} but the same for every reader (no
     * figure's four-eyes check): what a story's header shows, read once per live round for all its open views.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public StorySteps storySteps(long storyId) {
        StoryRef story = story(storyId);
        List<FigureSummary> all = this.figures.summariesOf(storyId);
        Map<Long, Decision> decisions = new HashMap<>();
        if (!all.isEmpty()) {
            approvals.findByFigureIdIn(all.stream().map(FigureSummary::id).toList())
                    .forEach(a -> decisions.put(a.getFigureId(), a.getDecision()));
        }
        List<FigureSummary> attached = all.stream().filter(f -> counts(f, decisions.get(f.id()))).toList();
        StoryState state = story.state();
        List<String> rejected = attached.stream().filter(f -> decisions.get(f.id()) == Decision.REJECTED)
                .map(FigureSummary::quote).toList();
        return new StorySteps(storyId, state, StoryRules.submit(state).orElse(null),
                StoryRules.approve(state, Decision.allSettled(attached.stream().map(f -> decisions.get(f.id()))
                        .toList())).orElse(null),
                StoryRules.publish(state, !rejected.isEmpty()).orElse(null), StoryRules.reopen(state).orElse(null),
                rejected, attached.stream()
                        .filter(f -> !Decision.settled(decisions.get(f.id())))
                        .map(f -> new StorySteps.Unsettled(f.quote(), decisions.get(f.id()) == Decision.LAPSED))
                        .toList());
    }

    /**
     * The figures waiting for an editor, at most {@code limit}: undecided on stories in review, or with a lapsed
     * decision on a story that is not locked; stories last changed first, figures in text order.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<WaitingFigure> waitingForDecision(int limit) {
        return queue.waiting(limit);
    }

    /**
     * A page of {@link #waitingForDecision(int) the figures waiting for an editor}: {@code limit} from {@code offset}
     * on. Reads the stories up to the page's end only (a page of stories at a time), never the whole list.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<WaitingFigure> waitingForDecision(int offset, int limit) {
        List<WaitingFigure> upToPage = queue.waiting(Math.addExact(offset, limit));
        return upToPage.size() <= offset ? List.of() : List.copyOf(upToPage.subList(offset, upToPage.size()));
    }

    /** Whether approving the figure needs the editor's confirmation: it is unsupported, contested or superseded. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public boolean needsConfirmation(long figureId) {
        return WeakFigures.weak(facts.standing(figureId));
    }

    /** Why approving the figure needs the editor's confirmation; empty when it does not. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Weakness> weakness(long figureId) {
        return WeakFigures.weakness(facts.standing(figureId), facts.relations(figureId));
    }

    /** How a figure stands now (what an editor is told before approving a weak one). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureStatus statusOf(long figureId) {
        return facts.standing(figureId);
    }

    /** Whether the current user may approve, reject, approve stories and publish ({@link #CAN_DECIDE}). */
    @PreAuthorize(Role.Names.CAN_READ)
    public boolean mayDecide() {
        return CurrentUser.canDecide();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureReview figureReview(long figureId) {
        // read once per live round for every open view of the figure; who may approve is each reader's own
        Shared shared = LiveRound.shared(List.of("figure review", figureId), () -> {
            FigureSummary figure = figure(figureId);
            StoryRef story = story(figure.storyId());
            return new Shared(review(figure, story), story.state());
        });
        FigureReview r = shared.review();
        Refusal refusal = refusal(shared.state(), r.lastEvidenceChanger(), r.lastValueEditor());
        return Objects.equals(refusal, r.approvalRefusal()) ? r : new FigureReview(r.figureId(), r.storyId(),
                r.quote(), r.value(), r.decision(), r.wording(), r.reason(), r.decidedBy(), r.decidedAt(),
                r.lapsedBy(), r.suggestedWording(), r.lastEvidenceChanger(), refusal, r.lastValueEditor(),
                r.detached());
    }

    private record Shared(FigureReview review, StoryState state) {
    }

    /** Why the current user may not approve a figure now (null: they may, role permitting). */
    private static @Nullable Refusal refusal(StoryState state, @Nullable String evidenceChanger,
            @Nullable String valueEditor) {
        return StoryRules.changeFigures(state)
                .or(() -> FourEyes.check(CurrentUser.usernameOrSystem(), evidenceChanger, valueEditor)).orElse(null);
    }

    /**
     * Approves a figure with the words to publish. Refused for the last person who changed its evidence, and for an
     * unsupported, contested or superseded figure: that takes {@link #approve(long, String, boolean)} with the editor's
     * confirmation.
     */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void approve(long figureId, String wording) {
        approve(figureId, wording, false);
    }

    /**
     * Approves a figure with the words to publish; {@code confirmed} says that the editor was told the figure is
     * unsupported, contested or superseded and approves it all the same, which the history records with the status.
     */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void approve(long figureId, String wording, boolean confirmed) {
        FigureStatus status = facts.standing(figureId);
        refuseIf(WeakFigures.check(status, confirmed));
        decide(figureId, (approval, fingerprint) -> approval.approve(wording, CurrentUser.usernameOrSystem(),
                clock.instant(), fingerprint), "APPROVED", wording);
        if (WeakFigures.weak(status)) {
            history.record(figure(figureId).storyId(), History.FIGURE, figureId, "APPROVED_DESPITE_STATUS", null,
                    status.name());
        }
    }

    /** Rejects a figure, saying why. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void reject(long figureId, String reason) {
        decide(figureId, (approval, fingerprint) -> approval.reject(reason, CurrentUser.usernameOrSystem(),
                clock.instant(), fingerprint), "REJECTED", reason);
    }

    /** Draft → in review; fact-checkers hand a story over too. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void submitForReview(long storyId) {
        refuseIf(StoryRules.submit(story(storyId).state()));
        stories.submitForReview(storyId);
        events.publishEvent(new StorySubmitted(storyId, CurrentUser.usernameOrSystem()));
    }

    /**
     * In review → approved, only when every figure is approved or rejected and none lapsed; a story whose text states
     * tolls whose suggestions were dismissed takes {@link #approveStory(long, boolean)} with the editor's confirmation.
     */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void approveStory(long storyId) {
        approveStory(storyId, false);
    }

    /**
     * As {@link #approveStory(long)}; {@code confirmed} says that the editor was told which tolls of the text nobody
     * checks (their suggestions dismissed, no figure on them: walk F37) and approves the story all the same, which the
     * history records with their words.
     */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void approveStory(long storyId, boolean confirmed) {
        StoryRef story = story(storyId);
        List<Decision> decisions = new java.util.ArrayList<>();
        for (FigureSummary f : figures.summariesOf(storyId)) {
            Decision decision = approvals.findByFigureId(f.id()).map(Approval::getDecision).orElse(null);
            if (counts(f, decision)) {
                decisions.add(decision);
            }
        }
        refuseIf(StoryRules.approve(story.state(), Decision.allSettled(decisions)));
        List<String> unchecked = figures.dismissedTolls(storyId);
        if (!unchecked.isEmpty() && !confirmed) {
            throw new ReviewRefusedException(Refusal.DISMISSED_TOLLS_UNCONFIRMED, unchecked);
        }
        stories.approve(storyId);
        if (!unchecked.isEmpty()) {
            history.record(storyId, History.STORY, storyId, "APPROVED_DESPITE_DISMISSED", null,
                    String.join(" · ", unchecked));
        }
    }

    /**
     * Whether a figure takes part in the story's review: its words are in the text, or an approval it had lapsed when
     * an edit took them out (walker F32/F37: the story is not approved on a figure it no longer says, nor without a
     * decision on it: the editor rejects it, or anchors it to its words again).
     */
    private static boolean counts(FigureSummary figure, @Nullable Decision decision) {
        return !figure.detached() || decision == Decision.LAPSED;
    }

    /** Approved → published; the story's figures are locked until it is reopened. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void publish(long storyId) {
        List<String> rejected = figures.summariesOf(storyId).stream().filter(f -> !f.detached())
                .filter(f -> approvals.findByFigureId(f.id()).map(Approval::getDecision).orElse(null)
                        == Decision.REJECTED)
                .map(FigureSummary::quote).toList();
        StoryRules.publish(story(storyId).state(), !rejected.isEmpty()).ifPresent(r -> {
            throw new ReviewRefusedException(r, rejected);
        });
        stories.publish(storyId);
        for (FigureSummary figure : figures.summariesOf(storyId)) {
            String evidence = facts.evidenceKey(figure.id());
            String known = history.latest(figure.id(), History.EVIDENCE_CHANGED, History.EVIDENCE_SNAPSHOT)
                    .map(HistoryEntry::after).orElse("");
            if (!evidence.equals(known)) {
                history.record(storyId, History.FIGURE, figure.id(), History.EVIDENCE_SNAPSHOT, known, evidence);
            }
        }
    }

    /** Approved or published → in review again. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void reopen(long storyId) {
        refuseIf(StoryRules.reopen(story(storyId).state()));
        stories.reopen(storyId);
    }

    /** The story's history, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<HistoryEntry> history(long storyId) {
        return history.story(storyId);
    }

    /** The story's history, newest first, with the quotes of its figures and the report values its lines name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public StoryHistory storyHistory(long storyId) {
        List<HistoryEntry> entries = history.story(storyId);
        java.util.Map<Long, String> quotes = new java.util.HashMap<>();
        figures.summariesOf(storyId).forEach(f -> quotes.put(f.id(), f.quote()));
        // a removed figure is named by the words it was added with
        entries.stream().filter(e -> History.FIGURE.equals(e.entityType()) && "ADDED".equals(e.action())
                && e.after() != null).forEach(e -> quotes.putIfAbsent(e.entityId(), e.after()));
        return new StoryHistory(entries, quotes, facts.namedIn(entries));
    }

    /** One figure's history: every value it has had (to restore one) and everything recorded about it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureHistory figureHistory(long figureId) {
        FigureSummary figure = figure(figureId);
        List<HistoryEntry> changes = history.figure(figureId);
        return new FigureHistory(figureId, figure.version(), figures.revisions(figureId), changes,
                facts.namedIn(changes));
    }

    /**
     * Gives a figure back an earlier value from its history, as the person saw the figure at
     * {@code expectedVersion}: recorded as a change of its own, and any approval lapses. Refused on a
     * published story; a stale version throws {@link org.corroborate.figure.StaleFigureException}.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void restoreFigure(long figureId, long expectedVersion, long revisionId) {
        FigureSummary figure = figure(figureId);
        refuseIf(StoryRules.changeFigures(story(figure.storyId()).state()));
        figures.restore(figureId, expectedVersion, revisionId);
    }

    /** What was recorded about a source or a report (entityType SOURCE or REPORT), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<HistoryEntry> entityHistory(String entityType, long entityId) {
        return history.entity(entityType, entityId);
    }

    private interface Decide {
        void on(Approval approval, String fingerprint);
    }

    private void decide(long figureId, Decide decide, String action, String text) {
        FigureSummary figure = figure(figureId);
        StoryRef story = story(figure.storyId());
        refuseIf(StoryRules.changeFigures(story.state()));
        refuseIf(FourEyes.check(CurrentUser.usernameOrSystem(), facts.lastEvidenceChanger(figureId),
                facts.lastValueEditor(figureId)));
        Approval approval = approvals.findByFigureId(figureId).orElseGet(() -> new Approval(figureId, story.id()));
        String before = describe(approval);
        decide.on(approval, facts.fingerprint(figure));
        approvals.save(approval);
        history.record(story.id(), History.FIGURE, figureId, action, before, action + ": " + text.strip());
        watch.announce(story.id(), new StoryChange.FigureChanged(figureId, StoryChange.FigureChanged.What.DECISION));
        events.publishEvent(new FigureDecided(story.id(), figureId, approval.getDecision()));
    }

    private static String describe(Approval approval) {
        if (approval.getDecision() == null) {
            return null;
        }
        String text = approval.getDecision() == Decision.REJECTED ? approval.getReason() : approval.getWording();
        return approval.getDecision() + ": " + text;
    }

    private FigureReview review(FigureSummary figure, StoryRef story) {
        long id = figure.id();
        return review(figure, story, approvals.findByFigureId(id), facts.lastEvidenceChanger(id));
    }

    private FigureReview review(FigureSummary figure, StoryRef story, Optional<Approval> approval,
            @Nullable String changer) {
        long id = figure.id();
        String valueEditor = figure.valueEditedBy();
        Refusal refusal = refusal(story.state(), changer, valueEditor);
        return new FigureReview(id, story.id(), figure.quote(), figure.value(),
                approval.map(Approval::getDecision).orElse(null), approval.map(Approval::getWording).orElse(null),
                approval.map(Approval::getReason).orElse(null), approval.map(Approval::getDecidedBy).orElse(null),
                approval.map(Approval::getDecidedAt).orElse(null), approval.map(Approval::getLapsedBy).orElse(null),
                Wording.prefill(figure.quote(), figure.attribution(), story.language()), changer, refusal,
                valueEditor, figure.detached());
    }

    private static void refuseIf(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new ReviewRefusedException(r);
        });
    }

    private StoryRef story(long storyId) {
        return stories.ref(storyId).orElseThrow(() -> new NoSuchElementException("No story " + storyId));
    }

    private FigureSummary figure(long figureId) {
        return figures.summary(figureId).orElseThrow(() -> new NoSuchElementException("No figure " + figureId));
    }
}
