package org.corroborate.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.review.HistoryEntry;

/** A story's history, newest first: who, when, what, before → after. */
class HistoryDialog extends Dialog {

    final Grid<HistoryEntry> entries = new Grid<>();

    HistoryDialog(List<HistoryEntry> history) {
        setHeaderTitle(getTranslation("review.history.title"));
        setWidth("min(90vw, 1100px)");
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.addColumn(h -> Formats.dateTime(h.at(), getLocale())).setHeader(getTranslation("review.history.when"))
                .setFlexGrow(1);
        entries.addColumn(HistoryEntry::who).setHeader(getTranslation("review.history.who")).setFlexGrow(1);
        entries.addColumn(h -> getTranslation("review.history.entity." + h.entityType(), h.entityId()) + " · "
                + getTranslation("review.history.action." + h.action())).setHeader(getTranslation("review.history.what"))
                .setFlexGrow(2);
        entries.addColumn(h -> (h.before() == null ? "—" : h.before()) + " → " + (h.after() == null ? "—" : h.after()))
                .setHeader(getTranslation("review.history.change")).setFlexGrow(4);
        entries.setItems(history);
        entries.setAllRowsVisible(history.size() < 30);
        add(entries);
        getFooter().add(new Button(getTranslation("review.history.close"), e -> close()));
    }
}
