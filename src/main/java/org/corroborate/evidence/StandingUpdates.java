package org.corroborate.evidence;

import java.util.List;
import org.corroborate.figure.FigureAnchored;
import org.corroborate.figure.FigureEdited;
import org.corroborate.report.ReportAdded;
import org.corroborate.source.SourceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps stored standings current when what they depend on changes elsewhere. */
@Component
class StandingUpdates {

    private final EvidenceService evidence;
    private final CandidateIndex index;

    StandingUpdates(EvidenceService evidence, CandidateIndex index) {
        this.evidence = evidence;
        this.index = index;
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
        evidence.recompute(evidence.figuresDependingOnSource(changed.sourceId()));
    }

    /** A new report may carry a newer value for, or new evidence about, figures of the kinds it states. */
    @EventListener
    void on(ReportAdded added) {
        index.indexReport(added.reportId());
        evidence.recompute(evidence.figuresOfKinds(added.kinds()));
    }
}
