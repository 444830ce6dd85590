package org.corroborate.evidence;

import java.util.List;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.figure.FigureAnchored;
import org.corroborate.figure.FigureEdited;
import org.corroborate.figure.FigureReanchored;
import org.corroborate.figure.FigureRemoved;
import org.corroborate.report.AssertionsRescoped;
import org.corroborate.report.ReportAdded;
import org.corroborate.report.ReportsImported;
import org.corroborate.source.SourceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps stored standings current when what they depend on changes elsewhere. A corrected value is derived at once, in
 * its transaction: its author looks at the figure's panel. Everything else only queues the work in its transaction
 * ({@link StandingQueue}), and the background worker derives it after the commit: a change that may touch many figures
 * (a report added, a batch imported, assertions read anew, a source edited), so that adding a report never waits on,
 * nor holds, figures' locks; and a new figure (a suggestion accepted, words selected), so that accepting a suggestion
 * in a 1 MB story does not scope and assess the figure over the whole text while the fact-checker waits (issue 14,
 * DD016). Until its standing is stored, a new figure is "being assessed" in the story's marks, lists and counts; the
 * stored standing reaches open views live ({@code FigureChanged}), as any other recomputation does.
 */
@Component
class StandingUpdates {

    private final EvidenceService evidence;
    private final CandidateIndex index;
    private final StandingQueue queue;
    private final StoryWatch watch;

    StandingUpdates(EvidenceService evidence, CandidateIndex index, StandingQueue queue, StoryWatch watch) {
        this.watch = watch;
        this.evidence = evidence;
        this.index = index;
        this.queue = queue;
    }

    /**
     * A new figure: derived after the commit, in the background (it has no stored standing until then). Whoever has
     * the story open hears of the figure now, and of its standing when it is stored.
     */
    @EventListener
    void on(FigureAnchored anchored) {
        queue.enqueueFigures(List.of(anchored.figureId()));
        watch.announce(anchored.storyId(), new StoryChange.FigureChanged(anchored.figureId()));
    }

    /** A figure anchored to its words again: its sentence, and so its place and period, may be another. */
    @EventListener
    void on(FigureReanchored reanchored) {
        queue.enqueueFigures(List.of(reanchored.figureId()));
        watch.announce(reanchored.storyId(), new StoryChange.FigureChanged(reanchored.figureId()));
    }

    /**
     * A figure removed: its standing goes with its row. Whoever has the story open hears of it (the figure is then
     * no longer found: the views read the story again).
     */
    @EventListener
    void on(FigureRemoved removed) {
        watch.announce(removed.storyId(), new StoryChange.FigureChanged(removed.figureId()));
    }

    /** A corrected or restored value compares differently with the evidence. */
    @EventListener
    void on(FigureEdited edited) {
        evidence.recompute(List.of(edited.figureId()));
    }

    /** A source's party flag or grade (or a merge) changes who counts as independent and how credible. */
    @EventListener
    void on(SourceChanged changed) {
        queue.enqueueFigures(evidence.figuresDependingOnSource(changed.sourceId()));
    }

    /**
     * A new report may carry a newer value for, or new evidence about, figures of the kinds it states, about the
     * events its assertions are about ({@link ConcernedFigures}).
     */
    @EventListener
    void on(ReportAdded added) {
        index.indexReport(added.reportId());
        queue.enqueueReports(List.of(added.reportId()));
    }

    /** In the batch's transaction: its standings are queued if and only if it is stored. */
    @EventListener
    void on(ReportsImported imported) {
        queue.enqueueReports(imported.reportIds());
    }

    /** New tolerances: every stored standing is derived again with them. */
    @EventListener
    void on(StandingsStale stale) {
        queue.enqueueFigures(stale.figureIds());
    }

    /** Assertions read anew at start (their place and period): the figures of their kinds are derived again. */
    @EventListener
    void on(AssertionsRescoped rescoped) {
        queue.enqueueKinds(rescoped.kinds());
    }
}
