package org.corroborate.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Map;
import org.corroborate.base.ui.Formats;
import org.corroborate.history.HistoryEntry;
import org.corroborate.review.FigureHistory.Stated;

/**
 * Lines of history, newest first: when, who, what, the change in words ({@link HistoryWords}). A figure's own
 * history leaves out which figure each line is about ({@code showEntity} false): it is that figure.
 */
class HistoryGrid extends Grid<HistoryEntry> {

    final HistoryWords words;

    HistoryGrid(List<HistoryEntry> history, Names names) {
        this(history, names, Map.of(), true);
    }

    HistoryGrid(List<HistoryEntry> history, Names names, Map<Long, Stated> assertions, boolean showEntity) {
        words = new HistoryWords(this::getTranslation, getLocale(), names, assertions);
        addClassName("history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(h -> Formats.dateTime(h.at(), getLocale())).setHeader(getTranslation("review.history.when"))
                .setFlexGrow(1);
        addColumn(h -> names.of(h.who())).setHeader(getTranslation("review.history.who")).setFlexGrow(1);
        addColumn(h -> (showEntity ? getTranslation("review.history.entity." + h.entityType(), h.entityId()) + " · "
                : "") + getTranslation("review.history.action." + h.action()))
                .setHeader(getTranslation("review.history.what")).setFlexGrow(2);
        addColumn(words::change).setHeader(getTranslation("review.history.change")).setFlexGrow(4);
        setItems(history);
        setAllRowsVisible(history.size() < 30);
    }

    /** A stored value in words (see {@link HistoryWords#say(String)}). */
    String say(String stored) {
        return words.say(stored);
    }
}
