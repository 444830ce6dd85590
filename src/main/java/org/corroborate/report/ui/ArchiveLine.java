package org.corroborate.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import org.corroborate.archive.ArchiveSummary;
import org.corroborate.base.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * What a report keeps of what it said: the archived copy of the page it was read from (when, from which final
 * address, its status, type, size and SHA-256) or of the text as given, with links to read it again and to
 * download the WARC file.
 */
class ArchiveLine extends Div {

    final Anchor view = new Anchor();
    final Anchor download = new Anchor();

    ArchiveLine(@Nullable ArchiveSummary copy) {
        addClassName("archive-line");
        add(new H3(getTranslation("report.archive.title")));
        if (copy == null) {
            add(new Span(getTranslation("report.archive.none")));
            return;
        }
        Locale locale = getLocale();
        String when = Formats.dateTime(copy.capturedAt(), locale);
        Span what = new Span(copy.kind() == org.corroborate.archive.Capture.Kind.RESPONSE
                ? getTranslation("report.archive.RESPONSE", when, copy.targetUrl(), copy.httpStatus(),
                        String.valueOf(copy.contentType()), size(copy.payloadLength(), locale))
                : getTranslation("report.archive.RESOURCE", when, size(copy.payloadLength(), locale)));
        Span sha = new Span(getTranslation("report.archive.sha", copy.payloadSha256()));
        sha.addClassName("sha");
        view.setText(getTranslation("report.archive.view"));
        view.setHref("archive/" + copy.id());
        download.setText(getTranslation("report.archive.download", size(copy.warcLength(), locale)));
        download.setHref("/api/v1/archives/" + copy.id() + "/warc");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", copy.fileName());
        HorizontalLayout links = new HorizontalLayout(view, download);
        add(new Div(what), new Div(sha), links);
    }

    /** "12.3 kB", "12,3 ko": in the user's language. */
    static String size(long bytes, Locale locale) {
        boolean french = locale.getLanguage().equals("fr");
        return bytes < 1024 ? bytes + (french ? " o" : " B")
                : bytes < 1024 * 1024 ? String.format(locale, french ? "%.1f ko" : "%.1f kB", bytes / 1024.0)
                : String.format(locale, french ? "%.1f Mo" : "%.1f MB", bytes / (1024.0 * 1024));
    }
}
