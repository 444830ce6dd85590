package org.corroborate.workbench.ui;

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
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.corroborate.base.ui.Formats;
import org.corroborate.security.CurrentUser;
import org.corroborate.story.StoryService;
import org.corroborate.story.StorySummary;

@Route("stories")
@RouteAlias("")
@PermitAll
class StoryListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StorySummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button paste = new Button();
    private final StoryService stories;

    StoryListView(StoryService stories) {
        this.stories = stories;
        setSizeFull();
        filter.setPlaceholder(getTranslation("stories.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        paste.setText(getTranslation("stories.paste"));
        paste.setIcon(VaadinIcon.PLUS.create());
        paste.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        paste.setVisible(CurrentUser.canEdit());
        paste.addClickListener(e -> new NewStoryDialog(stories,
                id -> getUI().ifPresent(ui -> ui.navigate(StoryView.class, id))).open());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("stories.title")), filter, paste);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(filter);
        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addColumn(StorySummary::title).setHeader(getTranslation("stories.column.title"))
                .setSortProperty("title").setFlexGrow(4);
        grid.addColumn(s -> s.language().toUpperCase()).setHeader(getTranslation("stories.column.language"))
                .setSortProperty("language").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("story.state." + s.state())).setHeader(getTranslation("stories.column.state"))
                .setSortProperty("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StorySummary::figureCount).setHeader(getTranslation("stories.column.figures"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Formats.dateTime(s.updatedAt(), getLocale()))
                .setHeader(getTranslation("stories.column.updated")).setSortProperty("updatedAt").setAutoWidth(true);
        grid.setItems(query -> stories.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) stories.count(filter.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StoryView.class, e.getItem().id())));
        grid.setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stories.title") + " · Corroborate";
    }
}
