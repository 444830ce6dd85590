package org.corroborate.ingest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.corroborate.archive.ArchiveSummary;
import org.corroborate.archive.Capture;
import org.corroborate.base.ui.Formats;
import org.corroborate.ingest.ArchivedText;
import org.corroborate.ingest.IngestService;

/**
 * An archived copy read again: what was kept, when, from where, its SHA-256, and the whole of what it holds as
 * plain text (the page's scripts never run: the text is taken out of the HTML on the server and shown as
 * text), with the WARC file to download.
 */
@Route("archive")
@PermitAll
class ArchivedCopyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Pre text = new Pre();
    Anchor download;
    private final IngestService ingest;

    ArchivedCopyView(IngestService ingest) {
        this.ingest = ingest;
        addClassName("archived-copy");
    }

    @Override
    public void setParameter(BeforeEvent event, Long archiveId) {
        ArchivedText copy = ingest.archivedText(archiveId).orElseThrow(NotFoundException::new);
        ArchiveSummary s = copy.summary();
        removeAll();
        String when = Formats.dateTime(s.capturedAt(), getLocale());
        Div facts = new Div();
        facts.addClassName("archive-facts");
        if (s.kind() == Capture.Kind.RESPONSE) {
            facts.add(fact("archive.requested", s.requestedUrl()), fact("archive.final", s.targetUrl()),
                    fact("archive.status", String.valueOf(s.httpStatus())), fact("archive.type", s.contentType()));
        } else {
            facts.add(fact("archive.target", s.targetUrl()));
        }
        facts.add(fact("archive.captured", when), fact("archive.length", s.payloadLength() + ""),
                fact("archive.sha", s.payloadSha256()), fact("archive.by", s.createdBy()));
        download = new Anchor(DownloadHandler.fromInputStream(e -> ingest.warc(archiveId)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), s.fileName(), "application/warc",
                        bytes.length))
                .orElseGet(() -> DownloadResponse.error(404))), AttachmentType.DOWNLOAD,
                getTranslation("archive.download", s.fileName()));
        text.setText(copy.text());
        text.addClassName("archived-text");
        add(new H2(getTranslation("archive.title." + s.kind().name())), facts, download,
                new Paragraph(getTranslation("archive.as-text")), text);
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        Span shown = new Span(value == null ? "" : value);
        shown.addClassName("fact-value");
        return new Div(label, shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.title.RESPONSE") + " · Corroborate";
    }
}
