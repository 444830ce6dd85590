package org.corroborate.source.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.corroborate.security.CurrentUser;
import org.corroborate.source.SourceService;
import org.corroborate.source.SourceSummary;

@Route("sources")
@PermitAll
class SourceListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<SourceSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button newSource = new Button();

    private final SourceService sources;

    SourceListView(SourceService sources) {
        this.sources = sources;
        setSizeFull();
        filter.setPlaceholder(getTranslation("sources.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        newSource.setText(getTranslation("sources.new"));
        newSource.setIcon(VaadinIcon.PLUS.create());
        newSource.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSource.setVisible(CurrentUser.canEdit());
        newSource.addClickListener(e -> new NewSourceDialog(sources,
                id -> getUI().ifPresent(ui -> ui.navigate(SourceView.class, id))).open());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("sources.title")), filter, newSource);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(filter);

        grid.addColumn(SourceSummary::name).setHeader(getTranslation("sources.column.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(SourceSummary::key).setHeader(getTranslation("sources.column.key")).setSortProperty("key")
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(s -> getTranslation("sources.column.key.help"));
        grid.addColumn(s -> SourceKinds.label(this, s.kind())).setHeader(getTranslation("sources.column.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(s -> s.party() ? getTranslation("sources.party.yes") : "")
                .setHeader(getTranslation("sources.column.party")).setSortProperty("party").setAutoWidth(true);
        grid.addColumn(s -> s.reliability().name()).setHeader(getTranslation("sources.column.reliability"))
                .setSortProperty("reliability").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SourceSummary::reportCount).setHeader(getTranslation("sources.column.reports"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> sources.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) sources.count(filter.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SourceView.class, e.getItem().id())));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    /**
     * {@code sources?register=WORDS} opens the new-source form with the words a story attributes a figure to, as its
     * name and as an alias (so that a proper name may replace them and the story's words still name the source). With
     * {@code &story=ID&figure=ID}, registering returns to that story with the figure selected (the figure is
     * attributed to the new source by the story's rule, {@code WordsToSources}); the form's address is replaced in
     * the browser's history, so that Back does not open the form again (walker F24).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> story = query.getSingleParameter("story").filter(v -> v.matches("[0-9]{1,18}"));
        Optional<String> figure = query.getSingleParameter("figure").filter(v -> v.matches("[0-9]{1,18}"));
        query.getSingleParameter("register").filter(n -> !n.isBlank()).filter(n -> CurrentUser.canEdit())
                .ifPresent(name -> new NewSourceDialog(sources, name.strip(), created -> getUI().ifPresent(ui -> {
                    ui.getPage().getHistory().replaceState(null, "sources");
                    if (story.isPresent()) {
                        ui.navigate("story/" + story.get(), figure.map(f -> QueryParameters.of("figure", f))
                                .orElse(QueryParameters.empty()));
                    } else {
                        ui.navigate(SourceView.class, created);
                    }
                })).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sources.title") + " · Corroborate";
    }
}
