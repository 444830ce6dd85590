package org.corroborate.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Map;
import org.corroborate.base.ui.Formats;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.review.FigureHistory.Stated;

/**
 * Lines of history, newest first: when, who, what, the change in words ({@link HistoryWords}). A figure's own
 * history leaves out which figure each line is about ({@code showEntity} false): it is that figure.
 */
class HistoryGrid extends Grid<HistoryEntry> {

    final HistoryWords words;
    private final boolean showEntity;
    private final Map<Long, String> quotes;

    HistoryGrid(List<HistoryEntry> history, Names names) {
        this(history, names, Map.of(), true, Map.of());
    }

    /** A story's lines: a figure's by its quote ("Figure “au moins 2 012”"), report values by their source and day. */
    HistoryGrid(List<HistoryEntry> history, Names names, Map<Long, Stated> assertions, Map<Long, String> quotes) {
        this(history, names, assertions, true, quotes);
    }

    HistoryGrid(List<HistoryEntry> history, Names names, Map<Long, Stated> assertions, boolean showEntity) {
        this(history, names, assertions, showEntity, Map.of());
    }

    private HistoryGrid(List<HistoryEntry> history, Names names, Map<Long, Stated> assertions, boolean showEntity,
            Map<Long, String> quotes) {
        words = new HistoryWords(this::getTranslation, getLocale(), names, assertions);
        addClassName("history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(h -> Formats.dateTime(h.at(), getLocale())).setHeader(getTranslation("review.history.when"))
                .setFlexGrow(1);
        addColumn(h -> names.of(h.who())).setHeader(getTranslation("review.history.who")).setFlexGrow(1);
        this.showEntity = showEntity;
        this.quotes = quotes;
        addColumn(this::what).setHeader(getTranslation("review.history.what")).setFlexGrow(2);
        addColumn(words::change).setHeader(getTranslation("review.history.change")).setFlexGrow(4);
        setItems(history);
        setAllRowsVisible(history.size() < 30);
    }

    /** What a line is about and what happened: "Figure “au moins 2 012” · approval lapsed". */
    String what(HistoryEntry h) {
        return (showEntity ? entity(h) + " · " : "") + getTranslation("review.history.action." + h.action());
    }

    private String entity(HistoryEntry h) {
        String quote = History.FIGURE.equals(h.entityType()) ? quotes.get(h.entityId()) : null;
        return quote == null ? getTranslation("review.history.entity." + h.entityType(), h.entityId())
                : getTranslation("review.history.entity.FIGURE", Formats.quoted(quote, getLocale()));
    }

    /** A stored value in words (see {@link HistoryWords#say(String)}). */
    String say(String stored) {
        return words.say(stored);
    }
}
