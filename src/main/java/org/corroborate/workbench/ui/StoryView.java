package org.corroborate.workbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.corroborate.base.ui.Formats;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.collaboration.LiveRound;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryFollowing;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.collaboration.ui.PresenceBar;
import org.corroborate.discussion.ui.CommentThread;
import org.corroborate.evidence.ui.FigurePanel;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.evidence.ui.StoryScopeBar;
import org.corroborate.evidence.ui.StandingSummary;
import org.corroborate.export.StoryExports;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.inbox.ui.AssigneeSelect;
import org.corroborate.review.ui.ReviewPanel;
import org.corroborate.security.CurrentUser;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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

    /** Stands for a value in a message looked up once for many values. */
    private static final String VALUE = "\u0000";

    final Grid<FigureRow> figures = new Grid<>();
    final FigureSuggestionList suggestions = new FigureSuggestionList();
    final StoryActions actions = new StoryActions(this::addFigureFromSelection, this::editText, this::reextract);
    final FigurePanel panel;
    /** Made with the panel's sections, for the first figure shown. */
    DetachedNotice detachedNotice;
    final StandingSummary summary;
    HighlightedText text;
    private final StoryService stories;
    private final Scroller textScroller = new Scroller();
    final StoryLists lists;
    private final Span figuresTitle = new Span();
    private final Span suggestionsTitle = new Span();
    private final Span commentsTitle = new Span();
    final Paragraph noFigure = new Paragraph();
    final StoryExportLinks exports;
    private StoryDetails story;
    /** The story's figures as listed (the list's items): added to and updated in place, read whole on refresh. */
    private final List<FigureRow> shownFigures = new ArrayList<>();
    private final ListDataProvider<FigureRow> figureData = new ListDataProvider<>(shownFigures) {
        @Override
        public Object getId(FigureRow item) {
            return item.id(); // a figure stays the same item (and selected) when its value changes
        }
    };
    private FigureRow focusedFigure;
    private @Nullable StoryState shownState;

    final PresenceBar presence;
    private final StoryFollowing following;
    final ReviewPanel review;
    final Span stateBadge = new Span();
    final Button editValue = new Button();
    final Button figureHistory = new Button();
    final FigureRemoval removal;
    /** The comments on the story: made when their tab is first shown. */
    @Nullable CommentThread comments;
    /** The comments on the figure shown: made with the figure panel's sections, when a first figure is opened. */
    private @Nullable CommentThread figureComments;
    private final ObjectProvider<CommentThread> threads;
    /** The shortcuts' help: made when first opened. */
    private @Nullable ShortcutHelp help;
    final AssigneeSelect assignee;
    final StoryScopeBar scope;

    StoryView(StoryService stories, FigurePanel panel, StandingSummary summary, StoryWatch watch,
            PresenceBar presence, ReviewPanel review, ObjectProvider<CommentThread> threads, AssigneeSelect assignee,
            ObjectProvider<AssigneeSelect> figureAssignees, StoryExports storyExports, StoryScopeBar scope) {
        this.exports = new StoryExportLinks(storyExports);
        this.scope = scope;
        this.review = review;
        this.threads = threads;
        this.assignee = assignee;
        this.stories = stories;
        this.panel = panel;
        this.summary = summary;
        this.following = new StoryFollowing(watch, this::changed);
        this.presence = presence;
        this.removal = new FigureRemoval(stories, this::figureRemoved);
        panel.addCompanion(() -> detachedNotice = new DetachedNotice(stories, this::figureSaved),
                FigurePanel.Place.WITH_FIGURE, (notice, storyId, figureId) -> notice.show(storyId, figureId,
                        shownState != null && shownState.locked()));
        panel.addCompanion(figureAssignees::getObject, FigurePanel.Place.WITH_FIGURE, AssigneeSelect::forFigure);
        panel.addCompanion(review::figureDecision, FigurePanel.Place.DECISION, (decision, storyId, figureId) -> { });
        panel.addCompanion(() -> figureComments = threads.getObject(), FigurePanel.Place.AFTER_FIGURE,
                (thread, storyId, figureId) -> thread.forFigure(figureId));
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        addClassName("story-view");
        panel.onChange(id -> {
            standingsChanged();
            review.figureChanged(id);
        });
        textScroller.setSizeFull();
        configureFigures();
        suggestions.onAccept(this::accept);
        suggestions.onCorrect(this::correct);
        suggestions.onDismiss(this::dismiss);
        review.onState(this::showState);
        configureFigureTools();
        commentsTitle.setText(getTranslation("story.tab.comments"));
        lists = new StoryLists(figuresTitle, () -> figures, suggestionsTitle, () -> {
            Scroller suggestionScroller = new Scroller(suggestions);
            suggestionScroller.addClassName("suggestion-scroller");
            return suggestionScroller;
        }, commentsTitle, () -> {
            CommentThread thread = threads.getObject();
            comments = thread;
            if (story != null) {
                thread.forStory(story.id());
            }
            Scroller commentScroller = new Scroller(thread);
            commentScroller.addClassName("comment-scroller");
            return commentScroller;
        });
    }

    /** The shortcuts' help dialog, made at its first opening. */
    ShortcutHelp help() {
        if (help == null) {
            help = new ShortcutHelp();
        }
        return help;
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
        removal.addClickListener(e -> panel.figureId().flatMap(this::shown)
                .ifPresent(figure -> removal.ask(story.id(), figure)));
        removal.setVisible(CurrentUser.canEdit());
        panel.addTools(editValue, figureHistory, removal);
    }

    /** A figure was removed (here, or by someone else just before): the story is read again, no figure shown. */
    void figureRemoved(long figureId) {
        refresh();
        review.figureChanged(figureId);
    }

    /** The story's editorial state in the header; a published story's text and figures are locked. */
    void showState(StoryState state) {
        if (state == shownState) {
            return; // told again at each change of the story's review, live
        }
        shownState = state;
        stateBadge.setText(getTranslation("story.state." + state));
        stateBadge.getElement().setAttribute("data-state", state.name());
        boolean locked = state.locked();
        String why = locked ? getTranslation("story.locked.published") : "";
        for (Button editing : List.of(actions.addFigure, actions.editText, actions.reextract, editValue,
                removal)) {
            editing.setEnabled(!locked);
            // a tooltip is an element of its own: made only when there is something to say
            if (locked || editing.getElement().getChildren()
                    .anyMatch(c -> !c.isTextNode() && "vaadin-tooltip".equals(c.getTag()))) {
                editing.setTooltipText(locked ? why : null);
            }
        }
        actions.addFigure.setTooltipText(locked ? why : getTranslation("story.action.add-figure.help"));
        removal.setTooltipText(locked ? why : getTranslation("figure.remove.help"));
        suggestions.setLocked(locked);
        panel.setLocked(locked);
    }

    FigureDialog editFigure(long figureId) {
        return new FigureEditing(stories, story.id(), this::figureSaved).edit(figureId,
                getTranslation("figure.edit.title"));
    }

    /** A figure's value was saved or restored here, or a conflict was settled: show it as it is now. */
    void figureSaved(long figureId) {
        figureChanged(figureId);
        selectFigure(figureId);
        review.figureChanged(figureId);
    }

    @Override
    public void setParameter(BeforeEvent event, Long storyId) {
        story = stories.details(storyId).orElseThrow(NotFoundException::new);
        presence.at(storyId, null);
        if (comments != null) {
            comments.forStory(storyId);
        }
        assignee.forStory(storyId);
        removeAll();
        review.forStory(storyId, figures);
        exports.forStory(storyId);
        add(header(), body());
        refresh();
        // ?figure=ID opens that figure's panel; anything else there (a word, a figure of another story) opens none
        event.getLocation().getQueryParameters().getSingleParameter("figure").filter(v -> v.matches("[0-9]{1,18}"))
                .map(Long::valueOf).ifPresent(this::selectFigure);
        following.story(storyId);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        following.attached(attach.getUI());
        // Single-key shortcuts, unless this browser turned them off; never while typing in a field.
        getElement().executeJs("""
                const view = this;
                const keys = $0;
                if (view.__shortcuts) document.removeEventListener('keydown', view.__shortcuts);
                view.__shortcuts = e => {
                  if (e.ctrlKey || e.metaKey || e.altKey || localStorage.getItem('corroborate.shortcuts') === 'off') return;
                  const target = e.composedPath()[0];
                  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
                  if (document.querySelector('vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]')
                      && e.key !== '?') return;
                  if (e.key.length !== 1 || !keys.includes(e.key)) return;
                  e.preventDefault();
                  view.$server.shortcut(e.key);
                };
                document.addEventListener('keydown', view.__shortcuts);
                """, String.join("", ShortcutHelp.KEYS));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.detached();
        getElement().executeJs("if (this.__shortcuts) document.removeEventListener('keydown', this.__shortcuts);");
    }

    /** A keyboard shortcut (see {@link ShortcutHelp}): move between figures, link, decide, comment, get help. */
    @ClientCallable
    void shortcut(String key) {
        boolean done = switch (key) {
            case "j" -> stepFigure(1);
            case "k" -> stepFigure(-1);
            case "s" -> panel.linkBestSuggestion(Relation.SUPPORTS);
            case "x" -> panel.linkBestSuggestion(Relation.CONTRADICTS);
            case "a" -> review.approveSelected();
            case "r" -> review.startRejecting();
            case "c" -> commentOnFigure();
            case "?" -> {
                help().open();
                yield true;
            }
            default -> false;
        };
        if (!done) {
            notify(getTranslation("shortcut.nothing", key), NotificationVariant.LUMO_CONTRAST);
        }
    }

    /** Selects the next ({@code +1}) or previous figure in the text's order and puts the focus on its mark. */
    private boolean stepFigure(int direction) {
        List<FigureRow> inText = shownFigures.stream().filter(f -> !f.detached())
                .sorted(Comparator.comparingInt(FigureRow::start)).toList();
        if (inText.isEmpty()) {
            return false;
        }
        Long current = panel.figureId().orElse(null);
        int at = -1;
        for (int i = 0; i < inText.size(); i++) {
            if (inText.get(i).id().equals(current)) {
                at = i;
            }
        }
        int next = at < 0 ? (direction > 0 ? 0 : inText.size() - 1)
                : Math.floorMod(at + direction, inText.size());
        FigureRow figure = inText.get(next);
        figures.select(figure);
        text.focusMark(figure.id());
        return true;
    }

    private boolean commentOnFigure() {
        if (panel.figureId().isEmpty()) {
            return false;
        }
        if (figureComments == null) {
            return false;
        }
        figureComments.focusNewComment();
        return true;
    }

    /**
     * Someone (here or elsewhere) changed something on the story: figures' evidence (their rows, marks and the counts
     * change), or who is on it (the presence bar). Decisions are the review panel's, comments the threads'.
     */
    private void changed(List<StoryChange> changes) {
        Set<Long> evidence = new LinkedHashSet<>();
        boolean presenceChanged = false;
        for (StoryChange change : changes) {
            if (change instanceof StoryChange.FigureChanged figure
                    && figure.what() == StoryChange.FigureChanged.What.EVIDENCE) {
                evidence.add(figure.figureId());
            } else if (change == StoryChange.Aspect.PRESENCE) {
                presenceChanged = true;
            }
        }
        if (!evidence.isEmpty()) {
            figuresChanged(evidence, true);
        }
        if (presenceChanged) {
            presence.refresh();
        }
    }

    private void selectFigure(long id) {
        shown(id).ifPresent(figures::select);
    }

    private Optional<FigureRow> shown(long figureId) {
        return shownFigures.stream().filter(f -> f.id() == figureId).findFirst();
    }

    /** A figure of this story changed here (its value saved or restored): shown as it is now. */
    void figureChanged(long figureId) {
        figuresChanged(Set.of(figureId), false);
    }

    /**
     * Figures of this story changed: show their new standings, or the new figures, or their corrected values, changing
     * only what they touch (their rows and marks, the counts; the panel if it shows one of them); a figure gone,
     * detached or moved (the text was edited) reads the whole story again. Live ({@code live}: someone else's
     * change), what is read is shared by the story's open views and the panel's companions are left as they are.
     */
    private void figuresChanged(Set<Long> figureIds, boolean live) {
        long storyId = story.id();
        for (long figureId : figureIds) {
            FigureRow now = LiveRound.shared(List.of("figure row", storyId, figureId),
                    () -> stories.figure(storyId, figureId)).orElse(null);
            FigureRow before = shown(figureId).orElse(null);
            if (now == null || now.detached() || before != null
                    && (before.detached() || before.start() != now.start() || before.end() != now.end())) {
                Long selected = panel.figureId().orElse(null);
                refresh();
                if (selected != null) {
                    selectFigure(selected);
                }
                if (now == null && before != null && live && Long.valueOf(figureId).equals(selected)) {
                    // the figure open here was removed elsewhere: the panel closing says nothing of why
                    notify(getTranslation("figure.remove.elsewhere", Formats.quoted(before.quote(), getLocale())),
                            NotificationVariant.LUMO_CONTRAST);
                }
                return;
            }
            if (before == null) {
                figureAdded(now);
            } else if (!before.equals(now)) {
                shownFigures.set(shownFigures.indexOf(before), now);
                figureData.refreshItem(now);
                text.changeMarks(List.of(now.id()), List.of(markOf(now)));
            }
        }
        standingsChanged();
        panel.figureId().filter(figureIds::contains).ifPresent(shownId -> {
            if (live) {
                panel.showChanged(shownId);
            } else {
                panel.show(shownId);
            }
        });
    }

    /**
     * A new figure: its mark takes the place of the suggestions it covers (in the text and the list) and it joins the
     * figures list; the rest of the text and the lists stay as they are.
     */
    private void figureAdded(FigureRow figure) {
        if (shown(figure.id()).isPresent()) {
            return;
        }
        List<FigureSuggestionRow> covered = suggestions.remove(s -> s.start() < figure.end() && figure.start() < s.end());
        text.changeMarks(covered.stream().map(s -> -s.id()).toList(), List.of(markOf(figure)));
        int at = 0;
        while (at < shownFigures.size() && shownFigures.get(at).start() <= figure.start()) {
            at++;
        }
        shownFigures.add(at, figure);
        figureData.refreshAll();
        showCounts();
    }

    private HighlightedText.Mark markOf(FigureRow figure) {
        return new HighlightedText.Mark(figure.id(), figure.start(), figure.end(), figure.value(getLocale()));
    }

    private void showCounts() {
        figuresTitle.setText(getTranslation("story.figures", shownFigures.size()));
        suggestionsTitle.setText(getTranslation("suggestion.title", suggestions.rows().size()));
    }

    /** Reads the story, its figures and suggestions again and redraws the text. */
    void refresh() {
        story = stories.details(story.id()).orElseThrow(NotFoundException::new);
        if (!figures.getSelectedItems().isEmpty()) {
            figures.deselectAll();
        }
        shownFigures.clear();
        shownFigures.addAll(story.figures());
        List<FigureSuggestionRow> suggested = stories.suggestions(story.id());
        List<HighlightedText.Mark> marks = new ArrayList<>();
        shownFigures.stream().filter(f -> !f.detached()).forEach(f -> marks.add(markOf(f)));
        // "Suggested: {0}" looked up once, not once per suggestion (a 1 MB story has 11 603)
        String suggestedAs = getTranslation("suggestion.mark", VALUE);
        suggested.forEach(s -> marks.add(new HighlightedText.Mark(-s.id(), s.start(), s.end(),
                suggestedAs.replace(VALUE, s.value(getLocale())))));
        text = new HighlightedText(story.body(), marks);
        suggested.forEach(s -> text.styleMark(-s.id(), "suggestion", "suggestion"));
        text.onSelect(this::markClicked);
        textScroller.setContent(text);
        summary.refresh(story.id(), text::styleMark);
        labelMarks();
        figureData.refreshAll();
        suggestions.show(suggested, CurrentUser.canEdit());
        showCounts();
        if (shownFigures.isEmpty() && !suggested.isEmpty() && lists.shown() == StoryLists.Shown.FIGURES) {
            lists.show(StoryLists.Shown.SUGGESTIONS);
        }
    }

    /** Statuses are read again: the marks, spoken names and list rows of the figures whose status changed follow. */
    private void standingsChanged() {
        for (Long id : summary.refreshChanged(story.id(), text::styleMark)) {
            shown(id).ifPresent(f -> {
                if (!f.detached()) {
                    text.labelMark(f.id(), getTranslation("figure.mark.label", f.value(getLocale()), summary.statusOf(f.id())));
                }
                figureData.refreshItem(f);
            });
        }
    }

    /** What a screen reader says on each figure's mark: its value and how it stands. */
    private void labelMarks() {
        shownFigures.stream().filter(f -> !f.detached()).forEach(f -> text.labelMark(f.id(),
                getTranslation("figure.mark.label", f.value(getLocale()), summary.statusOf(f.id()))));
    }

    private void markClicked(Long id) {
        if (id < 0) {
            lists.show(StoryLists.Shown.SUGGESTIONS);
            suggestions.reveal(-id);
        } else {
            selectFigure(id);
        }
    }

    /**
     * Two compact rows: the title with the story's state, language, who is on it and its assignee; then how its
     * figures stand, the review steps, the editing actions and the exports.
     */
    private Div header() {
        Span state = stateBadge;
        state.getElement().getThemeList().add("badge");
        state.addClassName("story-state");
        showState(story.state());
        Span meta = new Span(story.language().toUpperCase(java.util.Locale.ROOT)
                + (story.publishedAt() == null ? "" : " · " + Formats.dateTime(story.publishedAt(), getLocale())));
        meta.addClassName("meta");
        H2 title = new H2(story.title());
        title.addClassName("story-title");
        title.setTitle(story.title());
        Div first = new Div(title, state, meta, summary, presence, assignee);
        first.addClassName("story-header-row");
        Button keys = new Button(VaadinIcon.KEYBOARD_O.create(), e -> help().open());
        keys.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        keys.setAriaLabel(getTranslation("shortcut.title"));
        keys.setTooltipText(getTranslation("shortcut.title") + " (?)");
        keys.setId("shortcut-help");
        Div second = new Div(review, actions, exports, keys);
        second.addClassName("story-header-row");
        scope.show(story.id(), story.state().locked());
        scope.onChange(() -> {
            summary.refresh(story.id(), text::styleMark);
            panel.figureId().ifPresent(panel::show);
        });
        scope.addClassName("story-header-row");
        Div header = new Div(first, scope, second);
        header.addClassName("story-header");
        return header;
    }

    /**
     * The story's text and, under it, its figures, suggestions and comments; beside them the selected figure's
     * panel, which scrolls on its own: all three are on screen together at 1366×768.
     */
    private SplitLayout body() {
        SplitLayout left = new SplitLayout(textScroller, lists, SplitLayout.Orientation.VERTICAL);
        left.setSplitterPosition(58);
        left.setSizeFull();
        noFigure.setText(getTranslation("story.panel.none"));
        noFigure.addClassName("no-figure");
        Div side = new Div(noFigure, panel);
        side.addClassName("figure-side");
        Scroller sideScroller = new Scroller(side);
        sideScroller.addClassName("figure-side-scroller");
        sideScroller.setSizeFull();
        sideScroller.getElement().setAttribute("aria-label", getTranslation("story.panel.label"));
        sideScroller.getElement().setAttribute("role", "region");
        SplitLayout split = new SplitLayout(left, sideScroller);
        split.setSplitterPosition(52);
        split.setSizeFull();
        split.addClassName("story-body");
        return split;
    }

    private void configureFigures() {
        figures.addClassName("figure-list");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.addColumn(quoteRenderer()).setHeader(getTranslation("figure.quote")).setFlexGrow(3).setKey("quote");
        figures.addColumn(f -> f.value(getLocale())).setHeader(getTranslation("figure.value")).setFlexGrow(2);
        figures.addColumn(summary.<FigureRow>badgeRenderer(FigureRow::id)).setHeader(getTranslation("figure.status"))
                .setFlexGrow(2).setKey("status");
        figures.addColumn(f -> getTranslation("kind." + f.kind().name())).setHeader(getTranslation("figure.kind"))
                .setFlexGrow(1);
        figures.setItems(figureData);
        figures.setSizeFull();
        figures.getElement().setAttribute("aria-label", getTranslation("figure.list.label"));
        figures.addSelectionListener(e -> {
            Long id = e.getFirstSelectedItem().map(FigureRow::id).orElse(null);
            text.select(id);
            presence.at(story.id(), id);
            noFigure.setVisible(id == null);
            if (id == null) {
                panel.hide();
            } else {
                panel.show(id);
            }
        });
        // A keyboard user moves through the list with the arrow keys and opens the figure with Enter.
        figures.addCellFocusListener(e -> focusedFigure = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(figures, () -> {
            if (focusedFigure != null) {
                figures.select(focusedFigure);
            }
        }, Key.ENTER).listenOn(figures);
    }

    /**
     * A figure's words, flagged when an edit of the text took them out: drawn by the browser from one template, no
     * component per row on the server (each open story page keeps less).
     */
    private LitRenderer<FigureRow> quoteRenderer() {
        return LitRenderer.<FigureRow>of("""
                <span class="${item.detached ? 'detached' : ''}" title="${item.title}">\
                <vaadin-icon icon="vaadin:warning" aria-hidden="true" ?hidden="${!item.detached}"></vaadin-icon>\
                <span>${item.quote}</span>\
                <span class="detached-label" ?hidden="${!item.detached}">${item.label}</span></span>""")
                .withProperty("quote", FigureRow::quote)
                .withProperty("label", figure -> figure.detached() ? getTranslation("figure.detached.label") : "")
                .withProperty("detached", FigureRow::detached)
                .withProperty("title", figure -> figure.detached() ? getTranslation("figure.detached") : "");
    }

    /** The suggestion becomes a figure: its mark, the list's entry and the counts change, nothing else. */
    void accept(FigureSuggestionRow suggestion) {
        change(() -> added(stories.accept(story.id(), suggestion.id(), null)), "suggestion.accepted");
    }

    void dismiss(FigureSuggestionRow suggestion) {
        change(() -> {
            stories.dismiss(story.id(), suggestion.id());
            suggestions.remove(s -> s.id().equals(suggestion.id()));
            text.changeMarks(List.of(-suggestion.id()), List.of());
            showCounts();
        }, "suggestion.dismissed");
    }

    void correct(FigureSuggestionRow suggestion) {
        long[] saved = {-1};
        new FigureDialog(getTranslation("suggestion.correct.title"), suggestion.quote(), suggestion.draft(),
                stories.sourceChoices(), draft -> saved[0] = stories.accept(story.id(), suggestion.id(), draft),
                () -> added(saved[0])).open();
    }

    /**
     * A figure was added here: shown as {@link #figureAdded}, or the story read again if it cannot be found. Its
     * standing is derived in the background: until it is stored the figure shows as being assessed, and the stored
     * standing arrives live like any other change to the figure.
     */
    private void added(long figureId) {
        stories.figure(story.id(), figureId).ifPresentOrElse(figure -> {
            figureAdded(figure);
            standingsChanged();
        }, this::refresh);
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
        long[] saved = {-1};
        new FigureDialog(getTranslation("figure.add.title"), words, stories.draftForSelection(story.id(), start, end),
                stories.sourceChoices(), draft -> saved[0] = stories.addFigure(story.id(), start, end, draft),
                () -> added(saved[0])).open();
    }

    /** A decision on a suggestion; when it fails (someone decided first, say), the story is read again. */
    private void change(Runnable action, String doneKey) {
        try {
            action.run();
            notify(getTranslation(doneKey), NotificationVariant.LUMO_SUCCESS);
        } catch (DataAccessException | IllegalArgumentException | IllegalStateException | NoSuchElementException gone) {
            notify(getTranslation("suggestion.failed"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return (story == null ? "" : story.title()) + " · Corroborate";
    }
}
