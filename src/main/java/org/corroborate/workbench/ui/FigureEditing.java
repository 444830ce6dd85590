package org.corroborate.workbench.ui;

import java.util.List;
import java.util.function.Consumer;
import org.corroborate.figure.FigureDraft;
import org.corroborate.figure.FigureValue;
import org.corroborate.figure.StaleFigureException;
import org.corroborate.source.SourceRef;
import org.corroborate.story.StoryService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Correcting a figure's value from the figure panel: the form opens with the value as loaded and saves with
 * the version loaded. When someone saved the figure meanwhile, the conflict dialog shows their value beside
 * the one loaded and the one typed, to save over theirs or discard one's own: nothing is lost silently.
 */
class FigureEditing {

    private final StoryService stories;
    private final long storyId;
    private final Consumer<Long> onSaved;

    FigureEditing(StoryService stories, long storyId, Consumer<Long> onSaved) {
        this.stories = stories;
        this.storyId = storyId;
        this.onSaved = onSaved;
    }

    FigureDialog edit(long figureId, String header) {
        FigureValue loaded = stories.figureValue(storyId, figureId);
        List<SourceRef> sources = stories.sourceChoices();
        FigureDialog dialog = new FigureDialog(header, loaded.quote(), loaded.draft(), sources,
                draft -> save(figureId, loaded.version(), draft), () -> onSaved.accept(figureId));
        dialog.onStale((stale, mine) -> conflict(loaded, stale.current(), mine, sources));
        dialog.open();
        return dialog;
    }

    /** Saves over {@code version}; a race lost at the database is the same conflict as a stale version. */
    private void save(long figureId, long version, FigureDraft draft) {
        try {
            stories.editFigure(storyId, figureId, version, draft);
        } catch (ObjectOptimisticLockingFailureException race) {
            throw new StaleFigureException(stories.figureValue(storyId, figureId));
        }
    }

    private void conflict(FigureValue loaded, FigureValue current, FigureDraft mine, List<SourceRef> sources) {
        String mineText = mine.summary(sources.stream().filter(s -> mine.sourceId() != null && s.id() == mine.sourceId())
                .map(SourceRef::name).findFirst().orElse(null));
        FigureConflictDialog dialog = new FigureConflictDialog(loaded, current, mineText);
        dialog.onReapply(() -> {
            try {
                save(current.figureId(), current.version(), mine);
                dialog.close();
                onSaved.accept(current.figureId());
            } catch (StaleFigureException again) {
                dialog.close();
                conflict(current, again.current(), mine, sources);
            }
        });
        dialog.onDiscard(() -> {
            dialog.close();
            onSaved.accept(current.figureId());
        });
        dialog.open();
    }
}
