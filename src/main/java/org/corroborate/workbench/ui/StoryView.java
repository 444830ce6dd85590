package org.corroborate.workbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.corroborate.base.ui.Formats;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryFollowing;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.collaboration.ui.PresenceBar;
import org.corroborate.discussion.ui.CommentThread;
import org.corroborate.evidence.ui.FigurePanel;
import org.corroborate.evidence.ui.StoryScopeBar;
import org.corroborate.evidence.ui.StandingSummary;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.inbox.ui.AssigneeSelect;
import org.corroborate.review.ui.ReviewPanel;
import org.corroborate.security.CurrentUser;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.springframework.dao.DataAccessException;

/**
 * A story's text with its figures highlighted and coloured by status, and the engine's suggestions outlined;
 * beside it the list of figures, the suggestions to accept, correct or dismiss, and for the selected figure
 * the figure panel. {@code ?figure=ID} opens a figure's panel directly. In the text, suggestions are marked
 * with negative ids so that they never collide with figures. Changes anyone commits to the story's figures
 * show up live, and so does who else is on the story.
 */
@Route("story")
@PermitAll
@StyleSheet("styles/figures.css")
class StoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<FigureRow> figures = new Grid<>();
    final FigureSuggestionList suggestions = new FigureSuggestionList();
    final StoryActions actions = new StoryActions(this::addFigureFromSelection, this::editText, this::reextract);
    final FigurePanel panel;
    final StandingSummary summary;
    HighlightedText text;
    private final StoryService stories;
    private final Scroller textScroller = new Scroller();
    private final H3 figuresTitle = new H3();
    private final H3 suggestionsTitle = new H3();
    private StoryDetails story;

    final PresenceBar presence;
    private final StoryFollowing following;
    final ReviewPanel review;
    final Span stateBadge = new Span();
    final Button editValue = new Button();
    final Button figureHistory = new Button();
    final CommentThread comments;
    final AssigneeSelect assignee;
    final StoryScopeBar scope;

    StoryView(StoryService stories, FigurePanel panel, StandingSummary summary, StoryWatch watch,
            PresenceBar presence, ReviewPanel review, CommentThread comments, AssigneeSelect assignee,
            CommentThread figureComments, AssigneeSelect figureAssignee, StoryScopeBar scope) {
        this.scope = scope;
        this.review = review;
        this.comments = comments;
        this.assignee = assignee;
        this.stories = stories;
        this.panel = panel;
        this.summary = summary;
        this.following = new StoryFollowing(watch, this::changed);
        this.presence = presence;
        panel.addCompanion(figureAssignee, true, figureAssignee::forFigure);
        panel.addCompanion(figureComments, false, (storyId, figureId) -> figureComments.forFigure(figureId));
        setSizeFull();
        addClassName("story-view");
        panel.onChange(id -> summary.refresh(story.id(), text::styleMark));
        textScroller.setSizeFull();
        configureFigures();
        suggestions.onAccept(this::accept);
        suggestions.onCorrect(this::correct);
        suggestions.onDismiss(this::dismiss);
        review.onState(this::showState);
        configureFigureTools();
    }

    /** Correct the shown figure's value, and see (and restore) its history, from the figure panel. */
    private void configureFigureTools() {
        editValue.setText(getTranslation("figure.edit.action"));
        editValue.setIcon(VaadinIcon.EDIT.create());
        editValue.addThemeVariants(ButtonVariant.LUMO_SMALL);
        editValue.addClickListener(e -> panel.figureId().ifPresent(this::editFigure));
        editValue.setVisible(CurrentUser.canEdit());
        figureHistory.setText(getTranslation("figure.history.action"));
        figureHistory.setIcon(VaadinIcon.TIME_BACKWARD.create());
        figureHistory.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        figureHistory.addClickListener(e -> panel.figureId()
                .ifPresent(id -> review.openFigureHistory(id, () -> figureSaved(id))));
        panel.addTools(editValue, figureHistory);
    }

    /** The story's editorial state in the header; a published story's text and figures are locked. */
    void showState(StoryState state) {
        stateBadge.setText(getTranslation("story.state." + state));
        stateBadge.getElement().setAttribute("data-state", state.name());
        boolean locked = state.locked();
        String why = locked ? getTranslation("story.locked.published") : "";
        actions.editText.setEnabled(!locked);
        actions.editText.setTooltipText(why);
        editValue.setEnabled(!locked);
        editValue.setTooltipText(why);
    }

    FigureDialog editFigure(long figureId) {
        return new FigureEditing(stories, story.id(), this::figureSaved).edit(figureId,
                getTranslation("figure.edit.title"));
    }

    /** A figure's value was saved or restored here, or a conflict was settled: show it as it is now. */
    void figureSaved(long figureId) {
        refresh();
        selectFigure(figureId);
        if (panel.figureId().filter(id -> id == figureId).isPresent()) {
            panel.show(figureId);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long storyId) {
        story = stories.details(storyId).orElseThrow(NotFoundException::new);
        presence.at(storyId, null);
        comments.forStory(storyId);
        assignee.forStory(storyId);
        removeAll();
        add(header(), review.forStory(storyId, figures), body());
        refresh();
        // ?figure=ID opens that figure's panel; anything else there (a word, a figure of another story) opens none
        event.getLocation().getQueryParameters().getSingleParameter("figure").filter(v -> v.matches("[0-9]{1,18}"))
                .map(Long::valueOf).ifPresent(this::selectFigure);
        following.story(storyId);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        following.attached(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.detached();
    }

    /** Someone (here or elsewhere) changed something on the story: a figure, or who is on it. */
    private void changed(StoryChange change) {
        if (change instanceof StoryChange.FigureChanged figure) {
            figureChanged(figure.figureId());
        } else if (change == StoryChange.Aspect.PRESENCE) {
            presence.refresh();
        }
    }

    private void selectFigure(long id) {
        story.figures().stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(figures::select);
    }

    /**
     * Someone (here or elsewhere) changed a figure of this story: show its new standing, or the new figure, or
     * its corrected value.
     */
    void figureChanged(long figureId) {
        if (story.figures().stream().noneMatch(f -> f.id() == figureId) || valueChanged(figureId)) {
            Long selected = panel.figureId().orElse(null);
            refresh();
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

    private boolean valueChanged(long figureId) {
        FigureRow shown = story.figures().stream().filter(f -> f.id() == figureId).findFirst().orElse(null);
        return !stories.details(story.id()).map(StoryDetails::figures).orElse(List.of()).contains(shown);
    }

    /** Reads the story, its figures and suggestions again and redraws the text. */
    void refresh() {
        story = stories.details(story.id()).orElseThrow(NotFoundException::new);
        List<FigureSuggestionRow> suggested = stories.suggestions(story.id());
        List<HighlightedText.Mark> marks = new ArrayList<>();
        story.figures().stream().filter(f -> !f.detached())
                .forEach(f -> marks.add(new HighlightedText.Mark(f.id(), f.start(), f.end(), f.value())));
        suggested.forEach(s -> marks.add(new HighlightedText.Mark(-s.id(), s.start(), s.end(),
                getTranslation("suggestion.mark", s.value()))));
        marks.sort(Comparator.comparingInt(HighlightedText.Mark::start));
        text = new HighlightedText(story.body(), marks);
        suggested.forEach(s -> text.styleMark(-s.id(), "suggestion", "suggestion"));
        text.onSelect(this::markClicked);
        textScroller.setContent(text);
        figures.setItems(story.figures());
        figuresTitle.setText(getTranslation("story.figures", story.figures().size()));
        suggestionsTitle.setText(getTranslation("suggestion.title", suggested.size()));
        suggestions.show(suggested, CurrentUser.canEdit());
        summary.refresh(story.id(), text::styleMark);
    }

    private void markClicked(Long id) {
        if (id < 0) {
            suggestions.reveal(-id);
        } else {
            story.figures().stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(figures::select);
        }
    }

    private VerticalLayout header() {
        Span state = stateBadge;
        state.getElement().getThemeList().add("badge");
        state.addClassName("story-state");
        showState(story.state());
        Span meta = new Span(story.language().toUpperCase()
                + (story.publishedAt() == null ? "" : " · " + Formats.dateTime(story.publishedAt(), getLocale())));
        meta.addClassName("meta");
        Button sheet = new Button(getTranslation("sheet.open"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().navigate("story/" + story.id() + "/sheet"));
        sheet.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sheet.setId("check-sheet");
        HorizontalLayout title = new HorizontalLayout(new H2(story.title()), state, meta, sheet);
        title.setAlignItems(Alignment.BASELINE);
        scope.show(story.id(), story.state().locked());
        scope.onChange(() -> {
            summary.refresh(story.id(), text::styleMark);
            panel.figureId().ifPresent(panel::show);
        });
        VerticalLayout header = new VerticalLayout(title, scope, new HorizontalLayout(summary, presence, assignee),
                actions);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private SplitLayout body() {
        VerticalLayout side = new VerticalLayout(figuresTitle, figures, suggestionsTitle, suggestions, panel, comments);
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
        figures.addComponentColumn(this::quoteCell).setHeader(getTranslation("figure.quote")).setFlexGrow(3);
        figures.addColumn(FigureRow::value).setHeader(getTranslation("figure.value")).setFlexGrow(2);
        figures.addColumn(f -> getTranslation("qualifier." + f.qualifier().name()))
                .setHeader(getTranslation("figure.qualifier")).setFlexGrow(2);
        figures.addColumn(f -> getTranslation("kind." + f.kind().name())).setHeader(getTranslation("figure.kind"))
                .setFlexGrow(1);
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

    private Span quoteCell(FigureRow figure) {
        if (!figure.detached()) {
            return new Span(figure.quote());
        }
        Span cell = new Span(VaadinIcon.WARNING.create(), new Span(figure.quote()));
        cell.addClassName("detached");
        cell.getElement().setAttribute("title", getTranslation("figure.detached"));
        return cell;
    }

    void accept(FigureSuggestionRow suggestion) {
        change(() -> stories.accept(story.id(), suggestion.id(), null), "suggestion.accepted");
    }

    void dismiss(FigureSuggestionRow suggestion) {
        change(() -> stories.dismiss(story.id(), suggestion.id()), "suggestion.dismissed");
    }

    void correct(FigureSuggestionRow suggestion) {
        new FigureDialog(getTranslation("suggestion.correct.title"), suggestion.quote(), suggestion.draft(),
                stories.sourceChoices(), draft -> stories.accept(story.id(), suggestion.id(), draft),
                this::refresh).open();
    }

    void reextract() {
        int waiting = stories.reextract(story.id());
        refresh();
        notify(getTranslation("story.reextracted", waiting), NotificationVariant.LUMO_SUCCESS);
    }

    void editText() {
        new EditTextDialog(stories, story, detached -> {
            refresh();
            if (detached > 0) {
                notify(getTranslation("story.edit.detached", detached), NotificationVariant.LUMO_WARNING);
            }
        }).open();
    }

    private void addFigureFromSelection() {
        text.requestSelection(this::addFigureFor);
    }

    /** Opens the new-figure form for the words [start, end) of the story, prefilled by the engine. */
    void addFigureFor(int start, int end) {
        String words = story.body().substring(start, end).strip();
        if (words.isEmpty()) {
            notify(getTranslation("figure.add.select-words"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        new FigureDialog(getTranslation("figure.add.title"), words, stories.draftForSelection(story.id(), start, end),
                stories.sourceChoices(), draft -> stories.addFigure(story.id(), start, end, draft), this::refresh)
                .open();
    }

    private void change(Runnable action, String doneKey) {
        try {
            action.run();
            notify(getTranslation(doneKey), NotificationVariant.LUMO_SUCCESS);
        } catch (DataAccessException | IllegalArgumentException | IllegalStateException | NoSuchElementException gone) {
            notify(getTranslation("suggestion.failed"), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return (story == null ? "" : story.title()) + " · Corroborate";
    }
}
