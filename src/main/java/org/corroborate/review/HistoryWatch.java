package org.corroborate.review;

import org.corroborate.figure.FigureDetached;
import org.corroborate.report.ReportAdded;
import org.corroborate.report.ReportsImported;
import org.corroborate.source.SourceEdited;
import org.corroborate.story.StoryTextEdited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the history, in the transaction that makes them, the changes no review rule watches: a story's
 * text, figures left detached by it, sources registered, edited or merged, and reports added or imported. Sources and
 * reports belong to no story: their lines have none.
 */
@Component
class HistoryWatch {

    private final ReviewRepository reads;
    private final ChangeLog log;

    HistoryWatch(ReviewRepository reads, ChangeLog log) {
        this.reads = reads;
        this.log = log;
    }

    @EventListener
    void on(StoryTextEdited edited) {
        log.record(edited.storyId(), ChangeLog.STORY, edited.storyId(), "TEXT_EDITED", edited.before(),
                edited.after());
    }

    @EventListener
    void on(FigureDetached detached) {
        log.record(detached.storyId(), ChangeLog.FIGURE, detached.figureId(), "DETACHED", detached.quote(), null);
    }

    @EventListener
    void on(SourceEdited edited) {
        log.record(null, ChangeLog.SOURCE, edited.sourceId(), edited.action(), edited.before(), edited.after());
    }

    @EventListener
    void on(ReportAdded added) {
        log.record(null, ChangeLog.REPORT, added.reportId(), "ADDED", null,
                reads.findReportTitle(added.reportId()).orElse(null));
    }

    /** In the import batch's transaction: the batch's reports are in the history if and only if they are stored. */
    @EventListener
    void on(ReportsImported imported) {
        log.recordImported(imported.reportIds());
    }
}
