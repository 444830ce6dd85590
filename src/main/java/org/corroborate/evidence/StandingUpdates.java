package org.corroborate.evidence;

import java.util.List;
import org.corroborate.figure.FigureAnchored;
import org.corroborate.figure.FigureEdited;
import org.corroborate.report.AssertionsRescoped;
import org.corroborate.report.ReportAdded;
import org.corroborate.report.ReportsImported;
import org.corroborate.source.SourceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps stored standings current when what they depend on changes elsewhere. A change to one figure (anchored,
 * corrected) is derived at once, in its transaction: it is small and its author looks at it. A change that may touch
 * many figures (a report added, a batch imported, assertions read anew, a source edited) only queues the work in its
 * transaction ({@link StandingQueue}): the background worker derives it after the commit, so that adding a report
 * never waits on, nor holds, figures' locks.
 */
@Component
class StandingUpdates {

    private final EvidenceService evidence;
    private final CandidateIndex index;
    private final StandingQueue queue;

    StandingUpdates(EvidenceService evidence, CandidateIndex index, StandingQueue queue) {
        this.evidence = evidence;
        this.index = index;
        this.queue = queue;
    }

    @EventListener
    void on(FigureAnchored anchored) {
        evidence.recompute(List.of(anchored.figureId()));
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
