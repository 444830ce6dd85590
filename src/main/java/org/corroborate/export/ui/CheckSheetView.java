package org.corroborate.export.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.export.CheckSheet;
import org.corroborate.export.CheckSheets;
import org.corroborate.export.ExportedFigure;
import org.corroborate.figure.FigureRow;
import org.corroborate.story.StoryDetails;

/**
 * A story's check sheet, made to be printed (the print stylesheet hides the app's shell and the buttons): the
 * story's text with its figures numbered in order, then for each figure its status, explanation, evidence
 * and the editors' decision. The numbers in the text are the numbers of the entries below.
 */
@Route("story/:storyId([0-9]+)/sheet")
@PermitAll
@StyleSheet("styles/check-sheet.css")
class CheckSheetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Button print = new Button();
    final Button back = new Button();
    final Div text = new Div();
    final Div entries = new Div();
    private final CheckSheets sheets;
    private CheckSheet sheet;

    CheckSheetView(CheckSheets sheets) {
        this.sheets = sheets;
        addClassName("check-sheet");
        print.setText(getTranslation("sheet.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.print()"));
        back.setText(getTranslation("sheet.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> UI.getCurrent().navigate("story/" + sheet.story().id()));
        text.addClassName("sheet-text");
        entries.addClassName("sheet-entries");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long storyId = event.getRouteParameters().getLong("storyId").orElseThrow(NotFoundException::new);
        sheet = sheets.of(storyId, getLocale()).orElseThrow(NotFoundException::new);
        removeAll();
        showText();
        entries.removeAll();
        sheet.figures().forEach(f -> entries.add(new FigureEntry(sheet.numberOf(f), f)));
        if (sheet.figures().isEmpty()) {
            entries.add(new Paragraph(getTranslation("sheet.no-figures")));
        }
        add(header(), new H3(getTranslation("sheet.text")), text, new H3(getTranslation("sheet.figures",
                sheet.figures().size())), entries);
    }

    private Div header() {
        StoryDetails story = sheet.story();
        HorizontalLayout buttons = new HorizontalLayout(back, print);
        buttons.addClassName("no-print");
        Span meta = new Span(String.join(" · ", List.of(story.language().toUpperCase(java.util.Locale.ROOT),
                getTranslation("story.state." + story.state()),
                story.publishedAt() == null ? getTranslation("sheet.unpublished")
                        : Formats.dateTime(story.publishedAt(), getLocale()),
                getTranslation("sheet.printed", Formats.dateTime(Instant.now(), getLocale())))));
        meta.addClassName("meta");
        Div header = new Div(buttons, new Span(getTranslation("sheet.title")), new H2(story.title()), meta);
        header.addClassName("sheet-header");
        return header;
    }

    /** The story's words, each figure's words marked and followed by its number. */
    private void showText() {
        String body = sheet.story().body();
        text.removeAll();
        int at = 0;
        for (ExportedFigure checked : sheet.figures()) {
            FigureRow f = checked.figure();
            int start = Math.clamp(f.start(), at, body.length());
            int end = Math.clamp(f.end(), start, body.length());
            if (start > at) {
                text.add(new Text(body.substring(at, start)));
            }
            Span words = new Span(body.substring(start, end));
            words.addClassNames("sheet-figure", FigureEntry.statusClass(checked));
            Span marker = new Span("[" + sheet.numberOf(checked) + "]");
            marker.addClassName("sheet-marker");
            text.add(words, marker);
            at = end;
        }
        text.add(new Text(body.substring(at)));
    }

    @Override
    public String getPageTitle() {
        return org.corroborate.base.ui.Formats.labelled(getTranslation("sheet.title"),
                sheet == null ? "" : sheet.story().title(), getLocale()) + " · Corroborate";
    }
}
