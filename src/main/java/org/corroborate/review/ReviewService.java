package org.corroborate.review;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.corroborate.figure.Figure;
import org.corroborate.figure.FigureService;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.story.Story;
import org.corroborate.story.StoryState;
import org.corroborate.story.StoryStateChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review feature's API: editors approve figures (with the wording to publish) or reject them (with a
 * reason), and move stories from in review to approved and published, or reopen them. Every step is written
 * to the story's history in the same transaction. Refusals throw {@link ReviewRefusedException} and change
 * nothing.
 */
@Service
public class ReviewService {

    /** Who signs off: editors and admins. */
    public static final String CAN_DECIDE = "hasAnyRole('EDITOR','ADMIN')";

    private final ReviewRepository reads;
    private final FigureFacts facts;
    private final ChangeLog log;
    private final FigureService figures;
    private final ApplicationEventPublisher events;

    ReviewService(ReviewRepository reads, FigureFacts facts, ChangeLog log, FigureService figures,
            ApplicationEventPublisher events) {
        this.reads = reads;
        this.facts = facts;
        this.log = log;
        this.figures = figures;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public StoryReview storyReview(long storyId) {
        Story story = story(storyId);
        List<FigureReview> figures = reads.findFiguresOfStory(storyId).stream().filter(f -> !f.isDetached())
                .map(f -> review(f, story)).toList();
        StoryState state = story.getState();
        return new StoryReview(storyId, state, figures, StoryRules.submit(state).orElse(null),
                StoryRules.approve(state, figures.stream().map(FigureReview::decision).toList()).orElse(null),
                StoryRules.publish(state).orElse(null), StoryRules.reopen(state).orElse(null));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureReview figureReview(long figureId) {
        Figure figure = figure(figureId);
        return review(figure, story(figure.getStoryId()));
    }

    /** Approves a figure with the words to publish. Refused for the last person who changed its evidence. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void approve(long figureId, String wording) {
        decide(figureId, (approval, fingerprint) -> approval.approve(wording, CurrentUser.usernameOrSystem(),
                log.now(), fingerprint), "APPROVED", wording);
    }

    /** Rejects a figure, saying why. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void reject(long figureId, String reason) {
        decide(figureId, (approval, fingerprint) -> approval.reject(reason, CurrentUser.usernameOrSystem(),
                log.now(), fingerprint), "REJECTED", reason);
    }

    /** Draft → in review; fact-checkers hand a story over too. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void submitForReview(long storyId) {
        Story story = story(storyId);
        refuseIf(StoryRules.submit(story.getState()));
        changeState(story, story::submitForReview);
        events.publishEvent(new StorySubmitted(storyId, CurrentUser.usernameOrSystem()));
    }

    /** In review → approved, only when every figure is approved or rejected and none lapsed. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void approveStory(long storyId) {
        Story story = story(storyId);
        List<Decision> decisions = reads.findFiguresOfStory(storyId).stream().filter(f -> !f.isDetached())
                .map(f -> reads.findByFigureId(f.getId()).map(Approval::getDecision).orElse(null)).toList();
        refuseIf(StoryRules.approve(story.getState(), decisions));
        changeState(story, story::approve);
    }

    /** Approved → published; the story's figures are locked until it is reopened. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void publish(long storyId) {
        Story story = story(storyId);
        refuseIf(StoryRules.publish(story.getState()));
        changeState(story, () -> story.publish(log.now()));
        for (Figure figure : reads.findFiguresOfStory(storyId)) {
            String evidence = facts.evidenceKey(figure.getId());
            String known = log.latest(figure.getId(), ChangeLog.EVIDENCE_CHANGED, ChangeLog.EVIDENCE_SNAPSHOT)
                    .map(ChangeEntry::getAfter).orElse("");
            if (!evidence.equals(known)) {
                log.record(storyId, ChangeLog.FIGURE, figure.getId(), ChangeLog.EVIDENCE_SNAPSHOT, known, evidence);
            }
        }
    }

    /** Approved or published → in review again. */
    @Transactional
    @PreAuthorize(CAN_DECIDE)
    public void reopen(long storyId) {
        Story story = story(storyId);
        refuseIf(StoryRules.reopen(story.getState()));
        changeState(story, story::reopen);
    }

    /** The story's history, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<HistoryEntry> history(long storyId) {
        return log.history(storyId);
    }

    /** One figure's history: every value it has had (to restore one) and everything recorded about it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public FigureHistory figureHistory(long figureId) {
        Figure figure = figure(figureId);
        return new FigureHistory(figureId, figure.getVersion(), figures.revisions(figureId),
                log.figureHistory(figureId));
    }

    /**
     * Gives a figure back an earlier value from its history, as the person saw the figure at
     * {@code expectedVersion}: recorded as a change of its own, and any approval lapses. Refused on a
     * published story; a stale version throws {@link org.corroborate.figure.StaleFigureException}.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void restoreFigure(long figureId, long expectedVersion, long revisionId) {
        Figure figure = figure(figureId);
        refuseIf(StoryRules.changeFigures(story(figure.getStoryId()).getState()));
        figures.restore(figureId, expectedVersion, revisionId);
    }

    /** What was recorded about a source or a report (entityType SOURCE or REPORT), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<HistoryEntry> entityHistory(String entityType, long entityId) {
        return log.entityHistory(entityType, entityId);
    }

    private interface Decide {
        void on(Approval approval, String fingerprint);
    }

    private void decide(long figureId, Decide decide, String action, String text) {
        Figure figure = figure(figureId);
        Story story = story(figure.getStoryId());
        refuseIf(StoryRules.changeFigures(story.getState()));
        refuseIf(FourEyes.check(CurrentUser.usernameOrSystem(), facts.lastEvidenceChanger(figureId),
                facts.lastValueEditor(figureId)));
        Approval approval = reads.findByFigureId(figureId).orElseGet(() -> new Approval(figureId, story.getId()));
        String before = describe(approval);
        decide.on(approval, facts.fingerprint(figure));
        reads.save(approval);
        log.record(story.getId(), ChangeLog.FIGURE, figureId, action, before, action + ": " + text.strip());
        events.publishEvent(new FigureDecided(story.getId(), figureId, approval.getDecision()));
    }

    private static String describe(Approval approval) {
        if (approval.getDecision() == null) {
            return null;
        }
        String text = approval.getDecision() == Decision.REJECTED ? approval.getReason() : approval.getWording();
        return approval.getDecision() + ": " + text;
    }

    private void changeState(Story story, Runnable change) {
        String before = story.getState().name();
        change.run();
        log.record(story.getId(), ChangeLog.STORY, story.getId(), "STATE", before, story.getState().name());
        events.publishEvent(new StoryStateChanged(story.getId(), StoryState.valueOf(before), story.getState()));
    }

    private FigureReview review(Figure figure, Story story) {
        long id = figure.getId();
        Optional<Approval> approval = reads.findByFigureId(id);
        String changer = facts.lastEvidenceChanger(id);
        String valueEditor = figure.getValueEditedBy();
        Refusal refusal = StoryRules.changeFigures(story.getState())
                .or(() -> FourEyes.check(CurrentUser.usernameOrSystem(), changer, valueEditor)).orElse(null);
        String attribution = figure.getAttributedSource() == null ? null : figure.getAttributedSource().getName();
        return new FigureReview(id, story.getId(), figure.getQuote(), figure.getQuantity().display(),
                approval.map(Approval::getDecision).orElse(null), approval.map(Approval::getWording).orElse(null),
                approval.map(Approval::getReason).orElse(null), approval.map(Approval::getDecidedBy).orElse(null),
                approval.map(Approval::getDecidedAt).orElse(null), approval.map(Approval::getLapsedBy).orElse(null),
                Wording.prefill(figure.getQuote(), attribution, story.getLanguage()), changer, refusal, valueEditor);
    }

    private static void refuseIf(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new ReviewRefusedException(r);
        });
    }

    private Story story(long storyId) {
        return reads.findStory(storyId).orElseThrow(() -> new NoSuchElementException("No story " + storyId));
    }

    private Figure figure(long figureId) {
        return reads.findFigure(figureId).orElseThrow(() -> new NoSuchElementException("No figure " + figureId));
    }
}
