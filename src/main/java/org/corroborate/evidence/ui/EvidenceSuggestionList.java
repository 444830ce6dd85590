package org.corroborate.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.Relation;

/** Candidate evidence, best first, each with the relation proposed and one button per relation. */
class EvidenceSuggestionList extends Grid<EvidenceSuggestionRow> {

    interface Linker {
        void link(long assertionId, Relation relation);
    }

    private final Column<EvidenceSuggestionRow> actions;

    EvidenceSuggestionList(Linker linker) {
        addClassName("suggestion-list");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(EvidenceSuggestionRow::whoSays).setHeader(getTranslation("panel.column.who")).setFlexGrow(2);
        addColumn(s -> Formats.dateTime(s.published(), getLocale())).setHeader(getTranslation("panel.column.when"))
                .setFlexGrow(2);
        addComponentColumn(s -> {
            Span says = new Span("« " + s.quote() + " » " + s.value());
            says.setTitle(String.join(" · ", s.why()));
            return says;
        }).setHeader(getTranslation("panel.column.says")).setFlexGrow(3);
        addColumn(s -> getTranslation("relation." + s.proposed().name()))
                .setHeader(getTranslation("panel.column.proposed")).setFlexGrow(1);
        actions = addComponentColumn(s -> {
            HorizontalLayout buttons = new HorizontalLayout();
            buttons.setSpacing(false);
            for (Relation relation : Relation.values()) {
                Button link = new Button(getTranslation("link." + relation.name()),
                        click -> linker.link(s.assertionId(), relation));
                link.addThemeVariants(ButtonVariant.LUMO_SMALL,
                        relation == s.proposed() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                link.addClassName("link-" + relation.name().toLowerCase());
                buttons.add(link);
            }
            return buttons;
        }).setFlexGrow(3);
    }

    void show(List<EvidenceSuggestionRow> rows, boolean canEdit) {
        setItems(rows);
        actions.setVisible(canEdit);
    }
}
