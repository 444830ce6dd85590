package org.corroborate.report.ui;

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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.corroborate.base.ui.Formats;
import org.corroborate.report.ReportService;
import org.corroborate.report.ReportSummary;
import org.corroborate.security.CurrentUser;

@Route("reports")
@PermitAll
class ReportListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ReportSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button add = new Button();
    final Button importFile = new Button();

    ReportListView(ReportService reports) {
        setSizeFull();
        filter.setPlaceholder(getTranslation("reports.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.setText(getTranslation("reports.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(CurrentUser.canEdit());
        add.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AddReportView.class)));
        importFile.setText(getTranslation("import.open"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.setVisible(CurrentUser.canEdit());
        importFile.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReportImportView.class)));
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("reports.title")), filter, importFile,
                add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(filter);

        grid.addColumn(ReportSummary::title).setHeader(getTranslation("reports.column.title"))
                .setSortProperty("title").setFlexGrow(4);
        grid.addColumn(ReportSummary::publisher).setHeader(getTranslation("reports.column.publisher"))
                .setSortProperty("publisher.name").setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.publishedAt(), getLocale()))
                .setHeader(getTranslation("reports.column.published")).setSortProperty("publishedAt").setAutoWidth(true);
        grid.addColumn(r -> r.language().toUpperCase()).setHeader(getTranslation("reports.column.language"))
                .setSortProperty("language").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportSummary::assertionCount).setHeader(getTranslation("reports.column.assertions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> reports.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) reports.count(filter.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReportView.class, e.getItem().id())));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · Corroborate";
    }
}
