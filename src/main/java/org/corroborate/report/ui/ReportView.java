package org.corroborate.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corroborate.base.ui.Formats;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.report.ReportDetails;
import org.corroborate.report.ReportDetails.AssertionRow;
import org.corroborate.report.ReportService;

/** One report: who published it and when, its text with the assertions marked, and the assertions. */
@Route("report")
@PermitAll
class ReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<AssertionRow> assertions = new Grid<>();
    private final ReportService reports;
    private String title = "";

    ReportView(ReportService reports) {
        this.reports = reports;
        addClassName("report-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long reportId) {
        ReportDetails report = reports.details(reportId).orElseThrow(NotFoundException::new);
        title = report.title();
        removeAll();
        Span meta = new Span(report.publisher() + " · " + Formats.dateTime(report.publishedAt(), getLocale()) + " · "
                + report.language().toUpperCase());
        meta.addClassName("meta");
        add(new H2(report.title()), meta);
        if (report.url() != null) {
            Anchor link = new Anchor(report.url(), report.url());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(link);
        }
        HighlightedText text = new HighlightedText(report.body(), report.assertions().stream()
                .map(a -> new HighlightedText.Mark(a.id(), a.start(), a.end(), a.value(getLocale()))).toList());
        text.onSelect(id -> report.assertions().stream().filter(a -> a.id().equals(id)).findFirst()
                .ifPresent(assertions::select));
        assertions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        assertions.addColumn(AssertionRow::quote).setHeader(getTranslation("figure.quote")).setFlexGrow(3);
        assertions.addColumn(a -> a.value(getLocale())).setHeader(getTranslation("figure.value")).setFlexGrow(2);
        assertions.addColumn(a -> getTranslation("kind." + a.kind().toUpperCase(java.util.Locale.ROOT))).setHeader(getTranslation("figure.kind"));
        assertions.addColumn(AssertionRow::subject).setHeader(getTranslation("figure.subject")).setFlexGrow(3);
        assertions.addColumn(AssertionRow::holder).setHeader(getTranslation("figure.holder")).setFlexGrow(2);
        assertions.addColumn(AssertionRow::period).setHeader(getTranslation("figure.period")).setFlexGrow(2);
        assertions.addColumn(a -> a.via().isEmpty() ? a.origin()
                        : a.origin() + " " + getTranslation("assertion.via") + " " + String.join(", ", a.via()))
                .setHeader(getTranslation("assertion.origin")).setFlexGrow(2);
        assertions.setItems(report.assertions());
        assertions.setAllRowsVisible(true);
        assertions.addSelectionListener(e -> text.select(e.getFirstSelectedItem().map(AssertionRow::id).orElse(null)));
        add(text, new H3(getTranslation("report.assertions", report.assertions().size())), assertions,
                new ArchiveLine(report.archive()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Corroborate";
    }
}
