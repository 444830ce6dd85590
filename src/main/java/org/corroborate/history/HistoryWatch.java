package org.corroborate.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.figure.FigureDetached;
import org.corroborate.figure.FigureReanchored;
import org.corroborate.report.ReportAdded;
import org.corroborate.report.ReportRef;
import org.corroborate.report.ReportService;
import org.corroborate.report.ReportsImported;
import org.corroborate.source.SourceEdited;
import org.corroborate.story.StoryStateChanged;
import org.corroborate.story.StoryRescoped;
import org.corroborate.story.StoryTextEdited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the history, in the transaction that makes them, the changes other features announce as events: a
 * story's text and state, figures left detached by an edit, sources registered, edited or merged, and reports added
 * or imported. Sources and reports belong to no story: their lines have none.
 */
@Component
class HistoryWatch {

    private final History history;
    private final ReportService reports;

    HistoryWatch(History history, ReportService reports) {
        this.history = history;
        this.reports = reports;
    }

    @EventListener
    void on(StoryTextEdited edited) {
        history.record(edited.storyId(), History.STORY, edited.storyId(), "TEXT_EDITED", edited.before(),
                edited.after());
    }

    @EventListener
    void on(StoryRescoped rescoped) {
        history.record(rescoped.storyId(), History.STORY, rescoped.storyId(), "RESCOPED", rescoped.before(),
                rescoped.after());
    }

    @EventListener
    void on(StoryStateChanged changed) {
        history.record(changed.storyId(), History.STORY, changed.storyId(), "STATE", changed.from().name(),
                changed.to().name());
    }

    @EventListener
    void on(FigureDetached detached) {
        history.record(detached.storyId(), History.FIGURE, detached.figureId(), "DETACHED", detached.quote(), null);
    }

    @EventListener
    void on(FigureReanchored reanchored) {
        history.record(reanchored.storyId(), History.FIGURE, reanchored.figureId(), "REANCHORED", null,
                reanchored.quote());
    }

    @EventListener
    void on(SourceEdited edited) {
        history.record(null, History.SOURCE, edited.sourceId(), edited.action(), edited.before(), edited.after());
    }

    @EventListener
    void on(ReportAdded added) {
        history.record(null, History.REPORT, added.reportId(), "ADDED", null,
                reports.refs(List.of(added.reportId())).stream().findFirst().map(ReportRef::title).orElse(null));
    }

    /** In the import batch's transaction: the batch's reports are in the history if and only if they are stored. */
    @EventListener
    void on(ReportsImported imported) {
        Map<Long, String> titles = new LinkedHashMap<>();
        reports.refs(imported.reportIds()).forEach(r -> titles.put(r.id(), r.title()));
        history.recordAll(History.REPORT, "IMPORTED", titles);
    }
}
