package org.corroborate.report.ui;

import com.vaadin.flow.component.details.Details;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.corroborate.report.ImportProgress;
import org.corroborate.report.ImportRejection;
import org.corroborate.report.ImportSummary;
import org.corroborate.report.ReportImportService;
import org.corroborate.report.ReportText;
import org.corroborate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Imports a JSON Lines file of reports. The file is read into memory (at most the import limit), then imported in
 * the background; each committed batch pushes the counts to the progress bar, and the end shows the lines that
 * were rejected, with their reasons. The view stays usable meanwhile, and leaving it does not stop the import.
 */
@Route("reports/import")
@RolesAllowed({Role.Names.FACT_CHECKER, Role.Names.EDITOR, Role.Names.ADMIN})
class ReportImportView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload = new Upload();
    final Span message = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span counts = new Span();
    final H3 rejectedTitle = new H3();
    final Grid<ImportRejection> rejected = new Grid<>();
    private final BackgroundImports imports;
    /** The import under way or last finished in this view, done once its end is pushed; tests wait on it. */
    @Nullable CompletableFuture<ImportSummary> running;

    ReportImportView(BackgroundImports imports, SourceService sources) {
        this.imports = imports;
        addClassName("report-import");
        upload.setUploadHandler(handler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ReportImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".jsonl", ".ndjson", "application/jsonl", "application/x-ndjson");
        upload.setUploadButton(new Button(getTranslation("import.upload.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("import.upload.drop", Sizes.importFile(getLocale()))));
        upload.addFileRejectedListener(e -> problem(getTranslation("import.file.rejected",
                Sizes.importFile(getLocale()))));
        upload.setWidthFull();
        message.addClassName("import-message");
        progress.setVisible(false);
        counts.addClassName("import-counts");
        rejected.addColumn(ImportRejection::line).setHeader(getTranslation("import.column.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        rejected.addColumn(this::reason).setHeader(getTranslation("import.column.reason")).setKey("reason")
                .setFlexGrow(1);
        rejected.setAllRowsVisible(true);
        rejectedTitle.setVisible(false);
        rejected.setVisible(false);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")),
                sourceKeys(sources), upload, message, progress, counts, rejectedTitle, rejected);
    }

    /** The registered sources' keys, which {@code publisherKey} names: name and key, in a fold. */
    private static Details sourceKeys(SourceService sources) {
        Grid<SourceRef> keys = new Grid<>();
        keys.addClassName("source-keys");
        keys.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        keys.addColumn(SourceRef::key).setHeader(keys.getTranslation("sources.column.key")).setAutoWidth(true);
        keys.addColumn(SourceRef::name).setHeader(keys.getTranslation("sources.column.name"));
        keys.setItems(sources.choices());
        keys.setHeight("16rem");
        Details details = new Details(keys.getTranslation("import.source-keys"), keys);
        details.setId("import-source-keys");
        return details;
    }

    private UploadHandler handler() {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ReportImportService.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> receive(name, bytes));
        };
    }

    /** Starts importing an uploaded file, unless it is too large, not UTF-8, or an import is still running. */
    void receive(String fileName, byte[] bytes) {
        upload.clearFileList();
        if (running != null && !running.isDone()) {
            problem(getTranslation("import.busy"));
            return;
        }
        if (bytes.length > ReportImportService.MAX_BYTES) {
            problem(getTranslation("import.file.too-large", fileName, Sizes.importFile(getLocale())));
            return;
        }
        String file;
        try {
            file = ReportText.decodeStrictly(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            problem(getTranslation("import.file.not-utf8", fileName));
            return;
        }
        long lines = file.lines().filter(line -> !line.isBlank()).count();
        if (lines == 0) {
            problem(getTranslation("import.file.empty", fileName));
            return;
        }
        message.removeClassName("problem");
        message.setText(getTranslation("import.running", fileName));
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(lines);
        progress.setValue(0);
        rejected.setItems();
        rejected.setVisible(false);
        rejectedTitle.setVisible(false);
        show(new ImportProgress(0, 0, 0), lines);
        UI ui = UI.getCurrent();
        running = imports.start(file, counted -> push(ui, () -> show(counted, lines)))
                .whenComplete((summary, failure) -> push(ui, () -> finished(fileName, summary, failure)));
    }

    private void show(ImportProgress counted, long lines) {
        progress.setValue(Math.min(counted.read(), lines));
        counts.setText(getTranslation("import.counts", counted.read(), lines, counted.stored(), counted.rejected()));
    }

    private void finished(String fileName, @Nullable ImportSummary summary, @Nullable Throwable failure) {
        if (summary == null) {
            problem(getTranslation("import.failed", fileName));
            return;
        }
        progress.setValue(progress.getMax());
        counts.setText(getTranslation("import.counts", summary.read(), summary.read(), summary.stored(),
                summary.rejected()));
        message.setText(getTranslation("import.done", fileName, summary.stored(), summary.rejected()));
        rejected.setItems(summary.rejections());
        rejected.setVisible(!summary.rejections().isEmpty());
        rejectedTitle.setText(getTranslation("import.rejected", summary.rejected()));
        rejectedTitle.setVisible(!summary.rejections().isEmpty());
    }

    private String reason(ImportRejection rejection) {
        return rejection.reasons().stream().map(r -> getTranslation(r.messageKey(), Sizes.localized(r.arguments().toArray(), getLocale())))
                .collect(Collectors.joining(" "));
    }

    /** Server push from the worker thread; a closed tab simply stops hearing about the import. */
    private static void push(UI ui, com.vaadin.flow.server.Command update) {
        try {
            ui.access(update);
        } catch (UIDetachedException gone) {
            // the import goes on without a view to show it
        }
    }

    private void problem(String text) {
        message.addClassName("problem");
        message.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Corroborate";
    }
}
