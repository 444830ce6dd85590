package org.corroborate.evidence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.FigurePanelData.LedgerEntry;

/** The timeline as a table, readable by screen readers: every value for the measure, by origin and date. */
class LedgerTable extends Grid<LedgerEntry> {

    LedgerTable() {
        addClassName("ledger-table");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(e -> Formats.dateTime(e.published(), getLocale())).setHeader(getTranslation("panel.column.when"))
                .setFlexGrow(2);
        addColumn(e -> e.own() ? getTranslation("panel.ledger.story", e.origin()) : e.origin())
                .setHeader(getTranslation("panel.column.origin")).setFlexGrow(2);
        addColumn(e -> Formats.quoted(e.quote(), getLocale()) + " " + e.value()).setHeader(getTranslation("panel.column.says"))
                .setFlexGrow(3);
        addColumn(LedgerEntry::interval).setHeader(getTranslation("panel.column.interval")).setFlexGrow(2);
        addColumn(e -> e.role() == null ? "" : getTranslation("role." + e.role().name()))
                .setHeader(getTranslation("panel.column.role")).setFlexGrow(1);
    }

    void show(List<LedgerEntry> entries) {
        setItems(entries);
    }

}
