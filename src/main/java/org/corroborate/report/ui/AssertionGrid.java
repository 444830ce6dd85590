package org.corroborate.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.measure.Quantity;
import org.corroborate.report.AssertionDraft;
import org.corroborate.source.SourceRef;

/** The figures extracted from a report, each correctable or removable before the report is saved. */
class AssertionGrid extends Grid<AssertionDraft> {

    private final List<AssertionDraft> drafts = new ArrayList<>();
    private final List<SourceRef> sources;
    private Runnable onChange = () -> { };

    AssertionGrid(List<SourceRef> sources) {
        this.sources = sources;
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(AssertionDraft::quote).setHeader(getTranslation("report.add.column.quote")).setFlexGrow(2);
        addColumn(a -> value(a, getLocale())).setHeader(getTranslation("report.add.column.value")).setFlexGrow(2);
        addColumn(a -> getTranslation("qualifier." + a.qualifier().name()))
                .setHeader(getTranslation("report.add.column.qualifier")).setAutoWidth(true);
        addColumn(a -> getTranslation("kind." + a.kind().name())).setHeader(getTranslation("report.add.column.kind"))
                .setAutoWidth(true);
        addColumn(AssertionDraft::subject).setHeader(getTranslation("report.add.column.subject")).setFlexGrow(3);
        addColumn(AssertionDraft::holder).setHeader(getTranslation("figure.holder")).setKey("holder").setFlexGrow(1);
        addColumn(AssertionDraft::period).setHeader(getTranslation("report.add.column.period")).setFlexGrow(2);
        addColumn(this::origin).setHeader(getTranslation("report.add.column.origin")).setKey("origin").setFlexGrow(2);
        addColumn(AssertionDraft::attribution).setHeader(getTranslation("report.add.column.attribution")).setFlexGrow(2);
        addComponentColumn(a -> button(VaadinIcon.EDIT, "report.add.edit", () -> edit(drafts.indexOf(a))))
                .setKey("edit").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(a -> button(VaadinIcon.TRASH, "report.add.remove", () -> remove(drafts.indexOf(a))))
                .setKey("remove").setAutoWidth(true).setFlexGrow(0);
        setAllRowsVisible(true);
    }

    void show(List<AssertionDraft> found) {
        drafts.clear();
        drafts.addAll(found);
        refresh();
    }

    List<AssertionDraft> drafts() {
        return List.copyOf(drafts);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    void edit(int index) {
        new AssertionDialog(drafts.get(index), sources, corrected -> {
            drafts.set(index, corrected);
            refresh();
        }).open();
    }

    void remove(int index) {
        drafts.remove(index);
        refresh();
    }

    private void refresh() {
        setItems(List.copyOf(drafts));
        onChange.run();
    }

    private String origin(AssertionDraft a) {
        return a.via().isEmpty() ? a.origin().name() : a.origin().name() + " " + getTranslation("assertion.via") + " "
                + a.via().stream().map(SourceRef::name).collect(Collectors.joining(", "));
    }

    private static String value(AssertionDraft a, java.util.Locale locale) {
        return Quantity.of(a.qualifier(), a.low(), a.high(), a.unit()).display(locale);
    }

    private Button button(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(label));
        button.setTooltipText(getTranslation(label));
        return button;
    }
}
