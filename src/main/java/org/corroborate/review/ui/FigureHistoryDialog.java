package org.corroborate.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.NoSuchElementException;
import org.corroborate.base.ui.Formats;
import org.corroborate.figure.FigureRevisionRow;
import org.corroborate.review.FigureHistory;
import org.corroborate.review.ReviewRefusedException;
import org.corroborate.review.ReviewService;
import org.corroborate.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One figure's history: every value it has had, each but the current one restorable (by those who edit), and
 * every change recorded about it. A restore is a change of its own and makes an approval lapse.
 */
class FigureHistoryDialog extends Dialog {

    final Grid<FigureRevisionRow> values = new Grid<>();
    HistoryGrid changes;
    private final ReviewService review;
    private final long figureId;
    private final Runnable onRestored;
    private FigureHistory history;
    private final Names names;
    private final com.vaadin.flow.component.html.Div changesHolder = new com.vaadin.flow.component.html.Div();

    FigureHistoryDialog(ReviewService review, long figureId, Names names, Runnable onRestored) {
        this.review = review;
        this.names = names;
        this.figureId = figureId;
        this.onRestored = onRestored;
        addClassName("figure-history");
        setHeaderTitle(getTranslation("review.figure-history.title"));
        setWidth("min(90vw, 1100px)");
        values.addClassName("figure-values");
        values.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        values.addColumn(r -> Formats.dateTime(r.at(), getLocale())).setHeader(getTranslation("review.history.when"))
                .setFlexGrow(1);
        values.addColumn(r -> names.of(r.by())).setHeader(getTranslation("review.history.who")).setFlexGrow(1);
        values.addColumn(r -> getTranslation("review.figure-history.action." + r.action()))
                .setHeader(getTranslation("review.history.what")).setFlexGrow(1);
        values.addColumn(r -> changes.say(r.summary())).setHeader(getTranslation("review.figure-history.value"))
                .setFlexGrow(3);
        values.addComponentColumn(this::restoreCell).setFlexGrow(1);
        values.setAllRowsVisible(true);
        getFooter().add(new Button(getTranslation("review.history.close"), e -> close()));
        add(new H4(getTranslation("review.figure-history.values")), values,
                new H4(getTranslation("review.figure-history.changes")), changesHolder);
        reload();
    }

    private com.vaadin.flow.component.Component restoreCell(FigureRevisionRow row) {
        if (row.current()) {
            Span current = new Span(getTranslation("review.figure-history.current"));
            current.getElement().getThemeList().add("badge success");
            return current;
        }
        Button restore = new Button(getTranslation("review.figure-history.restore"), e -> restore(row));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.addClassName("restore");
        restore.setVisible(CurrentUser.canEdit());
        return restore;
    }

    void restore(FigureRevisionRow row) {
        try {
            review.restoreFigure(figureId, history.version(), row.id());
            notify(getTranslation("review.figure-history.restored"), NotificationVariant.LUMO_SUCCESS);
            onRestored.run();
        } catch (ReviewRefusedException refused) {
            notify(getTranslation("review.refusal." + refused.refusal()), NotificationVariant.LUMO_WARNING);
        } catch (OptimisticLockingFailureException | NoSuchElementException
                | IllegalArgumentException changed) {
            notify(getTranslation("review.figure-history.stale"), NotificationVariant.LUMO_WARNING);
        }
        reload();
    }

    /**
     * Reads the figure's history again. The dialog's parts stay where they are (removing and re-adding the same
     * grid in one round trip would move it to the end); only the list of changes is replaced.
     */
    void reload() {
        history = review.figureHistory(figureId);
        changes = new HistoryGrid(history.changes(), names, history.assertions(), false);
        values.setItems(history.values());
        changesHolder.removeAll();
        changesHolder.add(changes);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
