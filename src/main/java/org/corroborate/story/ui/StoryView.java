package org.corroborate.story.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import org.corroborate.collaboration.LiveChannel;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.collaboration.ui.PresenceBar;
import org.corroborate.evidence.ui.FigurePanel;
import org.corroborate.evidence.ui.StandingSummary;
import org.corroborate.figure.FigureRow;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;

/**
 * A story's text with its figures highlighted and coloured by status; beside it the list of figures and,
 * for the selected one, the figure panel (status, evidence, suggestions, timeline). {@code ?figure=ID}
 * opens a figure's panel directly. Changes anyone commits to the story's figures show up live.
 */
@Route("story")
@PermitAll
class StoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<FigureRow> figures = new Grid<>();
    final FigurePanel panel;
    final StandingSummary summary;
    HighlightedText text;
    private final StoryService stories;
    private StoryDetails story;

    private final StoryWatch watch;
    private LiveChannel.Subscription following;

    final PresenceBar presence;

    StoryView(StoryService stories, FigurePanel panel, StandingSummary summary, StoryWatch watch,
            PresenceBar presence) {
        this.stories = stories;
        this.panel = panel;
        this.summary = summary;
        this.watch = watch;
        this.presence = presence;
        setSizeFull();
        addClassName("story-view");
        panel.onChange(id -> summary.refresh(story.id(), text::styleMark));
    }

    @Override
    public void setParameter(BeforeEvent event, Long storyId) {
        story = stories.details(storyId).orElseThrow(NotFoundException::new);
        presence.at(storyId, null);
        render();
        event.getLocation().getQueryParameters().getSingleParameter("figure").map(Long::valueOf)
                .ifPresent(this::selectFigure);
        if (isAttached()) {
            follow();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        follow();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unfollow();
    }

    private void follow() {
        unfollow();
        following = watch.follow(UI.getCurrent(), story.id(), this::figureChanged, presence::refresh);
    }

    private void unfollow() {
        if (following != null) {
            following.close();
            following = null;
        }
    }

    private void render() {
        removeAll();
        add(header(), body());
        summary.refresh(story.id(), text::styleMark);
    }

    private void selectFigure(long id) {
        story.figures().stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(figures::select);
    }

    /** Someone (here or elsewhere) changed a figure of this story: show its new standing, or the new figure. */
    void figureChanged(long figureId) {
        if (story.figures().stream().noneMatch(f -> f.id() == figureId)) {
            Long selected = panel.figureId().orElse(null);
            story = stories.details(story.id()).orElseThrow();
            render();
            if (selected != null) {
                selectFigure(selected);
            }
            return;
        }
        summary.refresh(story.id(), text::styleMark);
        if (panel.figureId().filter(id -> id == figureId).isPresent()) {
            panel.show(figureId);
        }
    }

    private VerticalLayout header() {
        Span state = new Span(getTranslation("story.state." + story.state()));
        state.getElement().getThemeList().add("badge");
        Span meta = new Span(story.language().toUpperCase()
                + (story.publishedAt() == null ? "" : " · " + Formats.dateTime(story.publishedAt(), getLocale())));
        meta.addClassName("meta");
        HorizontalLayout title = new HorizontalLayout(new H2(story.title()), state, meta);
        title.setAlignItems(Alignment.BASELINE);
        VerticalLayout header = new VerticalLayout(title, new HorizontalLayout(summary, presence));
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private SplitLayout body() {
        List<HighlightedText.Mark> marks = story.figures().stream()
                .map(f -> new HighlightedText.Mark(f.id(), f.start(), f.end(), f.value())).toList();
        text = new HighlightedText(story.body(), marks);
        text.onSelect(id -> story.figures().stream().filter(f -> f.id().equals(id)).findFirst()
                .ifPresent(figures::select));
        Scroller textScroller = new Scroller(text);
        textScroller.setSizeFull();

        configureFigures();
        VerticalLayout side = new VerticalLayout(new H3(getTranslation("story.figures", story.figures().size())),
                figures, panel);
        side.addClassName("figure-side");
        Scroller sideScroller = new Scroller(side);
        sideScroller.setSizeFull();
        SplitLayout split = new SplitLayout(textScroller, sideScroller);
        split.setSplitterPosition(45);
        split.setSizeFull();
        return split;
    }

    private void configureFigures() {
        figures.addClassName("figure-list");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.addColumn(FigureRow::quote).setHeader(getTranslation("figure.quote")).setFlexGrow(3);
        figures.addColumn(FigureRow::value).setHeader(getTranslation("figure.value")).setFlexGrow(2);
        figures.addColumn(f -> getTranslation("qualifier." + f.qualifier().name()))
                .setHeader(getTranslation("figure.qualifier")).setFlexGrow(2);
        figures.addColumn(f -> getTranslation("kind." + f.kind().name())).setHeader(getTranslation("figure.kind"))
                .setFlexGrow(1);
        figures.setItems(story.figures());
        figures.setAllRowsVisible(true);
        figures.addSelectionListener(e -> {
            Long id = e.getFirstSelectedItem().map(FigureRow::id).orElse(null);
            text.select(id);
            presence.at(story.id(), id);
            if (id == null) {
                panel.hide();
            } else {
                panel.show(id);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return (story == null ? "" : story.title()) + " · Corroborate";
    }
}
