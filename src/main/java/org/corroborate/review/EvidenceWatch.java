package org.corroborate.review;

import java.time.Clock;
import org.corroborate.evidence.EvidenceChanged;
import org.corroborate.figure.FigureAnchored;
import org.corroborate.figure.FigureDetached;
import org.corroborate.figure.FigureEdited;
import org.corroborate.figure.FigureRemoved;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSummary;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.security.CurrentUser;
import org.corroborate.story.StoryRef;
import org.corroborate.story.StoryRules;
import org.corroborate.story.StoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hears every recomputation of a figure's standing, in the transaction that caused it: writes what changed to
 * the history, lapses a decision taken on what is no longer so, and refuses (rolls back) a change of evidence
 * on a published story. A figure added to a story is refused when the story is published, and sends an
 * approved story back to review (the new figure is not decided yet); a figure removed is refused likewise, and
 * sends the story back when it was approved.
 */
@Component
class EvidenceWatch {

    private final ReviewRepository approvals;
    private final FigureFacts facts;
    private final History history;
    private final StoryService stories;
    private final FigureService figures;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    EvidenceWatch(ReviewRepository approvals, FigureFacts facts, History history, StoryService stories,
            FigureService figures, ApplicationEventPublisher events) {
        this.approvals = approvals;
        this.facts = facts;
        this.history = history;
        this.stories = stories;
        this.figures = figures;
        this.events = events;
    }

    /**
     * A figure's value was corrected or restored: refused on a published story; otherwise recorded, and any
     * decision on the old value lapses (whatever part of it changed). Runs before the standing is derived
     * again, so that the history reads in the order things happened.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(FigureEdited edited) {
        StoryRef story = stories.ref(edited.storyId()).orElse(null);
        if (story == null) {
            return;
        }
        refuseIfLocked(story);
        long id = edited.figureId();
        history.record(story.id(), History.FIGURE, id,
                "RESTORED".equals(edited.action()) ? "VALUE_RESTORED" : "VALUE_EDITED", edited.before(),
                edited.after());
        approvals.findByFigureId(id).filter(Approval::isDecided).ifPresent(approval -> {
            Decision was = approval.getDecision();
            approval.lapse(CurrentUser.usernameOrSystem(), clock.instant());
            history.record(story.id(), History.FIGURE, id, "LAPSED", String.valueOf(was),
                    "LAPSED, decided by " + approval.getDecidedBy());
            events.publishEvent(new ApprovalLapsed(id, story.id(), approval.getDecidedBy(),
                    CurrentUser.usernameOrSystem()));
            stories.backToReview(story.id());
        });
    }

    @EventListener
    void on(EvidenceChanged changed) {
        long id = changed.figureId();
        FigureSummary figure = figures.summary(id).orElse(null);
        StoryRef story = stories.ref(changed.storyId()).orElse(null);
        if (figure == null || story == null) {
            return;
        }
        String evidence = facts.evidenceKey(id);
        String before = history.latest(id, History.EVIDENCE_CHANGED, History.EVIDENCE_SNAPSHOT)
                .map(HistoryEntry::after).orElse("");
        if (!evidence.equals(before)) {
            refuseIfLocked(story);
            history.record(story.id(), History.FIGURE, id, History.EVIDENCE_CHANGED, before, evidence);
        }
        String status = facts.status(id);
        String statusBefore = history.latest(id, History.STANDING_RECOMPUTED).map(HistoryEntry::after).orElse(null);
        if (!status.equals(statusBefore)) {
            history.record(story.id(), History.FIGURE, id, History.STANDING_RECOMPUTED, statusBefore, status);
        }
        approvals.findByFigureId(id).ifPresent(approval -> lapseIfChanged(approval, figure, story));
    }

    /**
     * An edit of the text took an approved figure's words out (walker F32): the approval stood for words the story no
     * longer says, so it lapses, after the history's "detached" line, and the story goes back to review. A rejected
     * figure stays rejected: there is nothing of it left to publish.
     */
    @EventListener
    void on(FigureDetached detached) {
        StoryRef story = stories.ref(detached.storyId()).orElse(null);
        if (story == null) {
            return;
        }
        long id = detached.figureId();
        approvals.findByFigureId(id).filter(a -> a.getDecision() == Decision.APPROVED).ifPresent(approval -> {
            approval.lapse(CurrentUser.usernameOrSystem(), clock.instant());
            history.record(story.id(), History.FIGURE, id, "LAPSED", Decision.APPROVED.name(),
                    "LAPSED, decided by " + approval.getDecidedBy());
            events.publishEvent(new ApprovalLapsed(id, story.id(), approval.getDecidedBy(),
                    CurrentUser.usernameOrSystem()));
            stories.backToReview(story.id());
        });
    }

    @EventListener
    void on(FigureAnchored anchored) {
        StoryRef story = stories.ref(anchored.storyId()).orElse(null);
        FigureSummary figure = figures.summary(anchored.figureId()).orElse(null);
        if (story == null || figure == null) {
            return;
        }
        refuseIfLocked(story);
        history.record(story.id(), History.FIGURE, figure.id(), "ADDED", null, figure.quote());
        stories.backToReview(story.id());
    }

    /**
     * A figure removed from its story (walk3 H12: accepted by mistake), before its row goes: refused on a published
     * story; otherwise recorded with the value it had, and its decision goes with it. An approved story whose approved
     * figure is removed goes back to review: the editor signed off what is checked, and that changed. A rejected
     * figure removed no longer holds Publish back.
     */
    @EventListener
    void on(FigureRemoved removed) {
        StoryRef story = stories.ref(removed.storyId()).orElse(null);
        if (story == null) {
            return;
        }
        refuseIfLocked(story);
        history.record(story.id(), History.FIGURE, removed.figureId(), "REMOVED", removed.value(), null);
        approvals.findByFigureId(removed.figureId()).ifPresent(approval -> {
            approvals.delete(approval);
            if (approval.getDecision() == Decision.APPROVED) {
                stories.backToReview(story.id());
            }
        });
    }

    private static void refuseIfLocked(StoryRef story) {
        StoryRules.changeFigures(story.state()).ifPresent(refusal -> {
            throw new ReviewRefusedException(refusal);
        });
    }

    private void lapseIfChanged(Approval approval, FigureSummary figure, StoryRef story) {
        Decision was = approval.getDecision();
        if (approval.lapseIfChanged(facts.fingerprint(figure), CurrentUser.usernameOrSystem(), clock.instant())) {
            // "after" names who decided before: they, or another editor, must approve again.
            history.record(story.id(), History.FIGURE, figure.id(), "LAPSED", String.valueOf(was),
                    "LAPSED, decided by " + approval.getDecidedBy());
            events.publishEvent(new ApprovalLapsed(figure.id(), story.id(), approval.getDecidedBy(),
                    CurrentUser.usernameOrSystem()));
            stories.backToReview(story.id());
        }
    }
}
