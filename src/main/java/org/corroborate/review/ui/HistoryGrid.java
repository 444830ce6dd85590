package org.corroborate.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.history.HistoryEntry;

/** Lines of history, newest first: when, who, what, before → after. */
class HistoryGrid extends Grid<HistoryEntry> {

    HistoryGrid(List<HistoryEntry> history, Names names) {
        addClassName("history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(h -> Formats.dateTime(h.at(), getLocale())).setHeader(getTranslation("review.history.when"))
                .setFlexGrow(1);
        addColumn(h -> names.of(h.who())).setHeader(getTranslation("review.history.who")).setFlexGrow(1);
        addColumn(h -> getTranslation("review.history.entity." + h.entityType(), h.entityId()) + " · "
                + getTranslation("review.history.action." + h.action())).setHeader(getTranslation("review.history.what"))
                .setFlexGrow(2);
        addColumn(h -> (h.before() == null ? "—" : h.before()) + " → " + (h.after() == null ? "—" : h.after()))
                .setHeader(getTranslation("review.history.change")).setFlexGrow(4);
        setItems(history);
        setAllRowsVisible(history.size() < 30);
    }
}
