package org.corroborate.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corroborate.place.PlaceRow;
import org.corroborate.place.PlaceService;
import org.corroborate.security.CurrentUser;

/**
 * The place registry: every place with the places it lies within and its aliases; fact-checkers register a place
 * news names that the registry lacks, or add an alias or a transliteration, so that figures there are scoped.
 */
@Route("places")
@PermitAll
class PlaceListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PlaceRow> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button newPlace = new Button();
    private final PlaceService places;

    PlaceListView(PlaceService places) {
        this.places = places;
        setSizeFull();
        addClassName("place-list");
        filter.setPlaceholder(getTranslation("places.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());
        newPlace.setText(getTranslation("places.new"));
        newPlace.setIcon(VaadinIcon.PLUS.create());
        newPlace.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPlace.setVisible(CurrentUser.canEdit());
        newPlace.addClickListener(e -> new PlaceDialog(places, null, this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("places.title")), filter, newPlace);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(filter);

        grid.addColumn(p -> p.name(getLocale())).setHeader(getTranslation("places.column.name")).setFlexGrow(2);
        grid.addColumn(p -> String.join(", ", french() ? p.withinFr() : p.within()))
                .setHeader(getTranslation("places.column.within"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("places.kind." + p.kind().name())).setHeader(
                getTranslation("places.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> String.join(" · ", p.aliases())).setHeader(getTranslation("places.column.aliases"))
                .setFlexGrow(4);
        grid.addItemClickListener(e -> {
            if (CurrentUser.canEdit()) {
                new PlaceDialog(places, e.getItem(), this::refresh).open();
            }
        });
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private boolean french() {
        return "fr".equals(getLocale().getLanguage());
    }

    private void refresh() {
        grid.setItems(places.list(filter.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("places.title") + " · Corroborate";
    }
}
