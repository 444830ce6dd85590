package org.corroborate.evidence;

import java.util.List;
import org.corroborate.figure.FigureAnchored;
import org.corroborate.figure.FigureEdited;
import org.corroborate.report.AssertionsRescoped;
import org.corroborate.report.ReportAdded;
import org.corroborate.report.ReportsImported;
import org.corroborate.source.SourceChanged;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps stored standings current when what they depend on changes elsewhere. */
@Component
class StandingUpdates {

    private final EvidenceService evidence;
    private final CandidateIndex index;

    private final TransactionTemplate afterCommit;

    StandingUpdates(EvidenceService evidence, CandidateIndex index, PlatformTransactionManager transactions) {
        this.evidence = evidence;
        this.index = index;
        this.afterCommit = new TransactionTemplate(transactions);
        this.afterCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * Standings are recomputed once per imported batch, after it commits: per report (as {@link ReportAdded}
     * does) an import of thousands would recompute the same figures thousands of times. The batch is stored
     * whatever happens here, so a failure is logged, not thrown at the import (the next change recomputes).
     */
    /** Assertions read anew at start (their place and period): the figures of their kinds are derived again. */
    @TransactionalEventListener(fallbackExecution = true)
    void standings(AssertionsRescoped rescoped) {
        afterCommit.executeWithoutResult(status -> evidence.recompute(evidence.figuresOfKinds(rescoped.kinds())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void standings(ReportsImported imported) {
        try {
            afterCommit.executeWithoutResult(status -> evidence.recompute(evidence.figuresOfKinds(imported.kinds())));
        } catch (RuntimeException failed) {
            LoggerFactory.getLogger(StandingUpdates.class).warn("Standings not recomputed after an import", failed);
        }
    }
}
