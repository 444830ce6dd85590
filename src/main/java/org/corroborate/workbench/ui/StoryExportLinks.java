package org.corroborate.workbench.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import org.corroborate.export.StoryExports;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The story's exports in its header: the figures as CSV and the approved figures as ClaimReview JSON-LD (files
 * downloaded at a click, in the reader's language), and the printable check sheet. Whoever may read the story may
 * export it.
 */
class StoryExportLinks extends Div {

    final Anchor csv = new Anchor();
    final Anchor claimReview = new Anchor();
    final Anchor sheet = new Anchor();
    private final StoryExports exports;

    StoryExportLinks(StoryExports exports) {
        this.exports = exports;
        addClassName("story-exports");
        csv.setId("export-csv");
        claimReview.setId("export-claimreview");
        sheet.setId("check-sheet");
        label(csv, VaadinIcon.TABLE, "story.export.csv", "story.export.csv.help");
        label(claimReview, VaadinIcon.CODE, "story.export.claimreview", "story.export.claimreview.help");
        label(sheet, VaadinIcon.PRINT, "sheet.open", "story.export.sheet.help");
        add(csv, claimReview, sheet);
    }

    void forStory(long storyId) {
        Locale locale = getLocale();
        csv.setHref(download(event -> exports.csv(storyId, locale)), AttachmentType.DOWNLOAD);
        claimReview.setHref(download(event -> exports.claimReview(storyId, appUrl(event), locale)),
                AttachmentType.DOWNLOAD);
        sheet.setHref("story/" + storyId + "/sheet");
    }

    private static DownloadHandler download(Function<DownloadEvent, StoryExports.Download> file) {
        return DownloadHandler.fromInputStream(event -> {
            StoryExports.Download d = file.apply(event);
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.mediaType(),
                    d.content().length);
        });
    }

    /** Where the user reached the app, for the story's address in the ClaimReview. */
    private static String appUrl(DownloadEvent event) {
        return event.getRequest() instanceof VaadinServletRequest servlet
                ? ServletUriComponentsBuilder.fromContextPath(servlet.getHttpServletRequest()).toUriString() : "";
    }

    private void label(Anchor link, VaadinIcon icon, String textKey, String helpKey) {
        Icon glyph = icon.create();
        glyph.getElement().setAttribute("aria-hidden", "true");
        link.removeAll();
        link.add(glyph, new com.vaadin.flow.component.html.Span(getTranslation(textKey)));
        link.setTitle(getTranslation(helpKey));
        link.addClassName("header-link");
    }
}
