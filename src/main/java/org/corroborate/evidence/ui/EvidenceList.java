package org.corroborate.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.LongConsumer;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.FigurePanelData.EvidenceRow;

/** The assertions linked to a figure, with what each does for it and who linked it. */
class EvidenceList extends Grid<EvidenceRow> {

    private final Column<EvidenceRow> actions;

    EvidenceList(LongConsumer unlink) {
        addClassName("evidence-list");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(EvidenceRow::whoSays).setHeader(getTranslation("panel.column.who")).setFlexGrow(2);
        addColumn(e -> Formats.dateTime(e.published(), getLocale())).setHeader(getTranslation("panel.column.when"))
                .setFlexGrow(2);
        addColumn(e -> "« " + e.quote() + " » " + e.value()).setHeader(getTranslation("panel.column.says"))
                .setFlexGrow(3);
        addColumn(e -> getTranslation("relation." + e.relation().name())
                + (e.role().name().equals(e.relation().name()) ? "" : " → " + getTranslation("role." + e.role().name())))
                .setHeader(getTranslation("panel.column.relation")).setFlexGrow(2);
        addColumn(e -> e.linkedBy() + ", " + Formats.dateTime(e.linkedAt(), getLocale()))
                .setHeader(getTranslation("panel.column.linked-by")).setFlexGrow(2);
        actions = addComponentColumn(e -> {
            Button remove = new Button(VaadinIcon.UNLINK.create(), click -> unlink.accept(e.assertionId()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("panel.unlink"));
            remove.setTooltipText(getTranslation("panel.unlink"));
            remove.addClassName("unlink");
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);
    }

    void show(List<EvidenceRow> rows, boolean canEdit) {
        setItems(rows);
        actions.setVisible(canEdit);
    }
}
