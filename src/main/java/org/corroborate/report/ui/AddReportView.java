package org.corroborate.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.corroborate.archive.Capture;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.LinkReader;
import org.corroborate.report.SavedPageReader;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReadLink;
import org.corroborate.report.Duplicate;
import org.corroborate.report.DuplicateReportException;
import org.corroborate.report.InvalidReportException;
import org.corroborate.report.ReportService;
import org.corroborate.security.Role;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Add a report: a report pasted or uploaded, its figures extracted and corrected, then saved with them in
 * one go. Nothing is stored before Save; a report already stored (same address or text) is named, not added.
 */
@Route("reports/new")
@RolesAllowed({Role.Names.FACT_CHECKER, Role.Names.EDITOR, Role.Names.ADMIN})
class AddReportView extends VerticalLayout implements HasDynamicTitle {

    final ReportForm form;
    final ReportFileUpload upload;
    final @Nullable ReportLinkField link;
    final AssertionGrid assertions;
    final Button extract = new Button();
    final Button save = new Button();
    final H3 assertionsTitle = new H3();
    final Span status = new Span();
    final Div duplicate = new Div();
    private final ReportService reports;
    private boolean extracted;
    /** The archived copy of the page read from a link, kept while the form still holds that page's address. */
    private @Nullable ReadLink read;

    AddReportView(ReportService reports, SourceService sources, ObjectProvider<LinkReader> links,
            ObjectProvider<SavedPageReader> pages) {
        this.reports = reports;
        List<SourceRef> choices = sources.choices();
        addClassName("report-inbox");
        form = new ReportForm(choices);
        upload = new ReportFileUpload(pages.getIfAvailable(), file -> {
            read = null;
            form.fill(file);
        });
        LinkReader reader = links.getIfAvailable();
        link = reader == null ? null : new ReportLinkField(reader, page -> {
            read = page;
            form.fill(page);
        });
        assertions = new AssertionGrid(choices);
        extract.setText(getTranslation("report.add.extract"));
        extract.setIcon(VaadinIcon.SEARCH.create());
        extract.addClickListener(e -> extract());
        save.setText(getTranslation("report.add.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        duplicate.addClassName("duplicate");
        status.addClassName("inbox-status");
        form.onContentChange(this::forgetExtraction);
        assertions.onChange(this::showCount);
        forgetExtraction();
        add(new H2(getTranslation("report.add.title")), new Paragraph(getTranslation("report.add.help")));
        if (link != null) {
            add(link);
        }
        add(upload, form,
                new HorizontalLayout(extract, save), status, duplicate, assertionsTitle, assertions);
    }

    void extract() {
        form.validated().ifPresent(draft -> {
            assertions.show(reports.extract(draft.getText(), draft.getLanguage(), draft.getPublisher()));
            extracted = true;
            save.setEnabled(true);
            assertions.setVisible(true);
            assertionsTitle.setVisible(true);
            status.setText(assertions.drafts().isEmpty() ? getTranslation("report.add.assertions.none") : "");
            showDuplicate(reports.findDuplicate(draft.getUrl(), draft.getText()).orElse(null));
        });
    }

    void save() {
        if (!extracted) {
            return;
        }
        form.validated().ifPresent(draft -> {
            try {
                long id = reports.add(withCopy(draft.toReport(assertions.drafts())));
                Notification.show(getTranslation("report.add.saved", assertions.drafts().size()));
                getUI().ifPresent(ui -> ui.navigate(ReportView.class, id));
            } catch (DuplicateReportException repeated) {
                showDuplicate(repeated.duplicate());
            } catch (InvalidReportException invalid) {
                if (form.show(invalid)) {
                    status.setText(invalid.problems().stream()
                            .filter(p -> p.field() == InvalidReportException.Field.ASSERTIONS)
                            .map(p -> getTranslation(p.messageKey(), Sizes.localized(p.arguments().toArray(), getLocale())))
                            .reduce((a, b) -> a + " " + b).orElse(""));
                }
            }
        });
    }

    /** The page's archived copy goes with the report if the form still holds the page read from its link. */
    private NewReport withCopy(NewReport report) {
        Capture copy = read != null && read.url().equals(report.url()) ? read.capture() : null;
        return copy == null ? report : new NewReport(report.title(), report.publisher(), report.publishedAt(),
                report.language(), report.url(), report.text(), report.assertions(), copy);
    }

    private void showDuplicate(Duplicate found) {
        duplicate.removeAll();
        duplicate.setVisible(found != null);
        if (found != null) {
            duplicate.add(new Span(getTranslation("report.add.duplicate." + found.reason().name()) + " "),
                    new RouterLink(found.existing().title(), ReportView.class, found.existing().id()));
            save.setEnabled(false);
        }
    }

    /** The extracted figures belong to the text they came from: a change of text means extracting again. */
    private void forgetExtraction() {
        boolean hadFigures = extracted;
        extracted = false;
        save.setEnabled(false);
        assertions.show(List.of());
        assertions.setVisible(false);
        assertionsTitle.setVisible(false);
        showDuplicate(null);
        status.setText(hadFigures ? getTranslation("report.add.assertions.stale") : "");
    }

    private void showCount() {
        assertionsTitle.setText(getTranslation("report.add.assertions", assertions.drafts().size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.add.title") + " · Corroborate";
    }
}
