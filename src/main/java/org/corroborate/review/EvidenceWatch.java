package org.corroborate.review;

import org.corroborate.evidence.EvidenceChanged;
import org.corroborate.figure.Figure;
import org.corroborate.figure.FigureAnchored;
import org.corroborate.figure.FigureEdited;
import org.corroborate.security.CurrentUser;
import org.corroborate.story.Story;
import org.corroborate.story.StoryState;
import org.corroborate.story.StoryStateChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears every recomputation of a figure's standing, in the transaction that caused it: writes what changed to
 * the history, lapses a decision taken on what is no longer so, and refuses (rolls back) a change of evidence
 * on a published story. A figure added to a story is refused when the story is published, and sends an
 * approved story back to review (the new figure is not decided yet).
 */
@Component
class EvidenceWatch {

    private final ReviewRepository reads;
    private final FigureFacts facts;
    private final ChangeLog log;
    private final ApplicationEventPublisher events;

    EvidenceWatch(ReviewRepository reads, FigureFacts facts, ChangeLog log, ApplicationEventPublisher events) {
        this.reads = reads;
        this.facts = facts;
        this.log = log;
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
        Story story = reads.findStory(edited.storyId()).orElse(null);
        if (story == null) {
            return;
        }
        StoryRules.changeFigures(story.getState()).ifPresent(refusal -> {
            throw new ReviewRefusedException(refusal);
        });
        long id = edited.figureId();
        log.record(story.getId(), ChangeLog.FIGURE, id,
                "RESTORED".equals(edited.action()) ? "VALUE_RESTORED" : "VALUE_EDITED", edited.before(),
                edited.after());
        reads.findByFigureId(id).filter(Approval::isDecided).ifPresent(approval -> {
            Decision was = approval.getDecision();
            approval.lapse(CurrentUser.usernameOrSystem(), log.now());
            log.record(story.getId(), ChangeLog.FIGURE, id, "LAPSED", String.valueOf(was),
                    "LAPSED, decided by " + approval.getDecidedBy());
            events.publishEvent(new ApprovalLapsed(id, story.getId(), approval.getDecidedBy(),
                    CurrentUser.usernameOrSystem()));
            backToReview(story);
        });
    }

    @EventListener
    void on(EvidenceChanged changed) {
        long id = changed.figureId();
        Figure figure = reads.findFigure(id).orElse(null);
        Story story = reads.findStory(changed.storyId()).orElse(null);
        if (figure == null || story == null) {
            return;
        }
        String evidence = facts.evidenceKey(id);
        String before = log.latest(id, ChangeLog.EVIDENCE_CHANGED, ChangeLog.EVIDENCE_SNAPSHOT)
                .map(ChangeEntry::getAfter).orElse("");
        if (!evidence.equals(before)) {
            StoryRules.changeFigures(story.getState()).ifPresent(refusal -> {
                throw new ReviewRefusedException(refusal);
            });
            log.record(story.getId(), ChangeLog.FIGURE, id, ChangeLog.EVIDENCE_CHANGED, before, evidence);
        }
        String status = facts.status(id);
        String statusBefore = log.latest(id, ChangeLog.STANDING_RECOMPUTED).map(ChangeEntry::getAfter).orElse(null);
        if (!status.equals(statusBefore)) {
            log.record(story.getId(), ChangeLog.FIGURE, id, ChangeLog.STANDING_RECOMPUTED, statusBefore, status);
        }
        reads.findByFigureId(id).ifPresent(approval -> lapseIfChanged(approval, figure, story));
    }

    @EventListener
    void on(FigureAnchored anchored) {
        Story story = reads.findStory(anchored.storyId()).orElse(null);
        Figure figure = reads.findFigure(anchored.figureId()).orElse(null);
        if (story == null || figure == null) {
            return;
        }
        StoryRules.changeFigures(story.getState()).ifPresent(refusal -> {
            throw new ReviewRefusedException(refusal);
        });
        log.record(story.getId(), ChangeLog.FIGURE, figure.getId(), "ADDED", null, figure.getQuote());
        backToReview(story);
    }

    private void backToReview(Story story) {
        if (story.getState() == StoryState.APPROVED) {
            story.reopen();
            log.record(story.getId(), ChangeLog.STORY, story.getId(), "STATE", StoryState.APPROVED.name(),
                    story.getState().name());
            events.publishEvent(new StoryStateChanged(story.getId(), StoryState.APPROVED, story.getState()));
        }
    }

    private void lapseIfChanged(Approval approval, Figure figure, Story story) {
        Decision was = approval.getDecision();
        if (approval.lapseIfChanged(facts.fingerprint(figure), CurrentUser.usernameOrSystem(),
                log.now())) {
            // "after" names who decided before: they, or another editor, must approve again.
            log.record(story.getId(), ChangeLog.FIGURE, figure.getId(), "LAPSED", String.valueOf(was),
                    "LAPSED, decided by " + approval.getDecidedBy());
            events.publishEvent(new ApprovalLapsed(figure.getId(), story.getId(), approval.getDecidedBy(),
                    CurrentUser.usernameOrSystem()));
            backToReview(story);
        }
    }
}
