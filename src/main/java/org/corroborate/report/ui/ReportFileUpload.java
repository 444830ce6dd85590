package org.corroborate.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.Consumer;
import org.corroborate.report.ReportFile;
import org.corroborate.report.ReportText;
import org.corroborate.report.SavedPageReader;
import org.corroborate.report.UnreadableFileException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a .txt, .md or .html file into the add-report form. The file is kept in memory, never stored: at most one
 * byte more than the limit is read, so a huge file costs no more than a refused one.
 */
class ReportFileUpload extends VerticalLayout {

    final Upload upload = new Upload();
    final Span message = new Span();
    private final Consumer<ReportFile> onRead;
    private final @Nullable SavedPageReader pages;

    /** {@code pages} reads saved web pages as fetched ones are read (null: as plain HTML). */
    ReportFileUpload(@Nullable SavedPageReader pages, Consumer<ReportFile> onRead) {
        this.pages = pages;
        this.onRead = onRead;
        setPadding(false);
        setSpacing(false);
        upload.setUploadHandler(handler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ReportText.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.setUploadButton(new Button(getTranslation("report.add.upload.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("report.add.upload.drop", Sizes.report(getLocale()))));
        upload.addFileRejectedListener(e -> problem(getTranslation("report.add.file.rejected", Sizes.report(getLocale()))));
        upload.setWidthFull();
        message.addClassName("upload-message");
        add(upload, message);
    }

    private UploadHandler handler() {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ReportText.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> receive(name, bytes));
        };
    }

    void receive(String fileName, byte[] bytes) {
        try {
            ReportFile file = ReportText.read(fileName, bytes, pages);
            message.removeClassName("problem");
            message.setText(getTranslation("report.add.upload.read", fileName));
            onRead.accept(file);
        } catch (UnreadableFileException unreadable) {
            problem(getTranslation(unreadable.reason().messageKey(), Sizes.localized(unreadable.arguments(), getLocale())));
        }
        upload.clearFileList();
    }

    private void problem(String text) {
        message.addClassName("problem");
        message.setText(text);
    }
}
