package org.corroborate.evidence.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.ConflictQuery;
import org.corroborate.evidence.ConflictQuery.Show;
import org.corroborate.evidence.ConflictRow;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.WarningCode;

/**
 * Every contested figure and every warning across stories, each linking to its figure panel. The grid is lazy: it asks
 * for the rows it shows, a page at a time, and for their number (up to {@value #LISTED}), both read from the stored
 * standings (DD015).
 */
@Route("conflicts")
// the status badges' icon and gap, also when this view is the first one the page loads
@StyleSheet("styles/figures.css")
@PermitAll
class ConflictsView extends VerticalLayout implements HasDynamicTitle {

    /** The rows the grid can scroll to: the newest 10 000 figures that need a look (the filters narrow them). */
    static final int LISTED = 10_000;

    final Grid<ConflictRow> grid = new Grid<>();
    final TextField filter = new TextField();
    final Select<Show> show = new Select<>();

    ConflictsView(EvidenceService evidence) {
        setSizeFull();
        filter.setPlaceholder(getTranslation("conflicts.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation("conflicts.show." + s.name()));
        show.setValue(Show.ALL);
        filter.addValueChangeListener(e -> refresh());
        show.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("conflicts.title")), filter, show);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(filter);

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor("story/" + r.storyId() + "?figure=" + r.figureId(), Formats.quoted(r.quote(), getLocale())))
                .setHeader(getTranslation("figure.quote")).setFlexGrow(3);
        grid.addColumn(ConflictRow::storyTitle).setHeader(getTranslation("conflicts.column.story")).setFlexGrow(3);
        grid.addComponentColumn(r -> StatusBadges.badge(r.status(), getTranslation("status." + r.status().name())))
                .setHeader(getTranslation("conflicts.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Div warnings = new Div();
            r.warnings().forEach(w -> warnings.add(new Div(getTranslation("conflicts.warning." + w.name()))));
            if (r.newerValueAvailable()) {
                warnings.add(new Div(getTranslation("panel.newer-value")));
            }
            return warnings;
        }).setHeader(getTranslation("conflicts.column.warnings")).setFlexGrow(5);
        grid.setSizeFull();
        grid.setItems(page -> evidence.conflicts(query(), page.getOffset(), page.getLimit()).stream(),
                page -> (int) evidence.countConflicts(query(), LISTED));
        add(toolbar, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** What the filter and the selector ask for; the warnings named in the reader's language are matched by code. */
    ConflictQuery query() {
        String text = filter.getValue().strip();
        String lower = text.toLowerCase(getLocale());
        Set<WarningCode> named = text.isEmpty() ? Set.of() : Arrays.stream(WarningCode.values())
                .filter(w -> getTranslation("conflicts.warning." + w.name()).toLowerCase(getLocale()).contains(lower))
                .collect(Collectors.toSet());
        return new ConflictQuery(show.getValue(), text, named);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conflicts.title") + " · Corroborate";
    }
}
