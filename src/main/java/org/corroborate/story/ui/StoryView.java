package org.corroborate.story.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.figure.FigureRow;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;

/** A story's text with its figures highlighted, and the list of those figures beside it. */
@Route("story")
@PermitAll
class StoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<FigureRow> figures = new Grid<>();
    HighlightedText text;
    private final StoryService stories;
    private String title = "";

    StoryView(StoryService stories) {
        this.stories = stories;
        setSizeFull();
        addClassName("story-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long storyId) {
        StoryDetails story = stories.details(storyId).orElseThrow(NotFoundException::new);
        title = story.title();
        removeAll();
        add(header(story), body(story));
    }

    private HorizontalLayout header(StoryDetails story) {
        Span state = new Span(getTranslation("story.state." + story.state()));
        state.getElement().getThemeList().add("badge");
        Span meta = new Span(story.language().toUpperCase()
                + (story.publishedAt() == null ? "" : " · " + Formats.dateTime(story.publishedAt(), getLocale())));
        meta.addClassName("meta");
        HorizontalLayout header = new HorizontalLayout(new H2(story.title()), state, meta);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private SplitLayout body(StoryDetails story) {
        List<HighlightedText.Mark> marks = story.figures().stream()
                .map(f -> new HighlightedText.Mark(f.id(), f.start(), f.end(), f.value())).toList();
        text = new HighlightedText(story.body(), marks);
        text.onSelect(id -> story.figures().stream().filter(f -> f.id().equals(id)).findFirst()
                .ifPresent(figures::select));
        Scroller textScroller = new Scroller(text);
        textScroller.setSizeFull();

        configureFigures(story.figures());
        Div side = new Div(new H3(getTranslation("story.figures", story.figures().size())), figures);
        side.addClassName("figure-side");
        SplitLayout split = new SplitLayout(textScroller, side);
        split.setSplitterPosition(60);
        split.setSizeFull();
        return split;
    }

    private void configureFigures(List<FigureRow> rows) {
        figures.addClassName("figure-list");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.addColumn(FigureRow::quote).setHeader(getTranslation("figure.quote")).setFlexGrow(3);
        figures.addColumn(FigureRow::value).setHeader(getTranslation("figure.value")).setFlexGrow(2);
        figures.addColumn(f -> getTranslation("qualifier." + f.qualifier().name()))
                .setHeader(getTranslation("figure.qualifier")).setFlexGrow(2);
        figures.addColumn(f -> getTranslation("kind." + f.kind().name())).setHeader(getTranslation("figure.kind"))
                .setFlexGrow(1);
        figures.setItems(rows);
        figures.setAllRowsVisible(true);
        figures.addSelectionListener(e -> text.select(e.getFirstSelectedItem().map(FigureRow::id).orElse(null)));
    }

    @Override
    public String getPageTitle() {
        return title + " · Corroborate";
    }
}
