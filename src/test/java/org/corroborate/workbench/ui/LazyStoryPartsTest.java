package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import java.util.UUID;
import org.corroborate.discussion.CommentService;
import org.corroborate.discussion.ui.CommentEditor;
import org.corroborate.discussion.ui.CommentItem;
import org.corroborate.discussion.ui.CommentThread;
import org.corroborate.evidence.ui.FigurePanel;
import org.corroborate.inbox.ui.AssigneeSelect;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The parts of the story view that are made only when first shown (an open story costs the server memory for each
 * component in it): the suggestions' entries and the comments behind their tabs, the figure panel's sections, the
 * shortcuts' help. Each appears at its first showing with what it must show, and keeps following the story after.
 */
@SpringBootTest
class LazyStoryPartsTest extends SpringBrowserlessTest {

    private static final String TEXT = "En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH. "
            + "L'armée syrienne a affirmé avoir repris 320 km2.";

    @Autowired
    StoryService stories;

    @Autowired
    CommentService comments;

    @Test
    @WithUserDetails("factchecker")
    void theSuggestionsTabMakesItsEntriesWhenFirstShownAndTheyFollowDecisionsAfter() {
        StoryView view = openWithOneFigure();
        assertThat(view.lists.shown()).isEqualTo(StoryLists.Shown.FIGURES);
        assertThat(view.suggestions.rows()).extracting(r -> r.quote()).containsExactly("environ 260");
        assertThat(view.suggestions.items()).as("not made before the tab is shown").isEmpty();
        assertThat(view.lists.made(StoryLists.Shown.SUGGESTIONS)).isFalse();

        select(view, StoryLists.Shown.SUGGESTIONS);

        assertThat(view.lists.made(StoryLists.Shown.SUGGESTIONS)).isTrue();
        assertThat(view.suggestions.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(view.suggestions.items()).extracting(item -> item.row.quote()).containsExactly("environ 260");

        // hidden again, the list still follows what happens to the story's suggestions
        select(view, StoryLists.Shown.FIGURES);
        assertThat(view.suggestions.getParent().orElseThrow().isVisible()).isFalse();
        view.dismiss(view.suggestions.rows().getFirst());
        assertThat(view.suggestions.rows()).isEmpty();
        assertThat(view.suggestions.items()).isEmpty();
        select(view, StoryLists.Shown.SUGGESTIONS);
        assertThat(find(Paragraph.class, view.suggestions).single().getText())
                .isEqualTo("No suggestions wait for a decision.");
    }

    @Test
    @WithUserDetails("factchecker")
    void theCommentsTabMakesTheThreadWhenFirstShownAndKeepsIt() {
        long storyId = stories.create(uniqueTitle(), "fr", TEXT);
        comments.comment(storyId, null, "Source de ce bilan ?");
        StoryView view = navigate(StoryView.class, storyId);
        assertThat($(CommentThread.class).exists()).as("no thread before the tab is shown").isFalse();
        assertThat(view.comments).isNull();

        select(view, StoryLists.Shown.COMMENTS);

        CommentThread thread = $(CommentThread.class).single();
        assertThat(view.comments).isSameAs(thread);
        assertThat(thread.items()).extracting(CommentItem::text).containsExactly("Source de ce bilan ?");

        select(view, StoryLists.Shown.FIGURES);
        select(view, StoryLists.Shown.COMMENTS);
        assertThat($(CommentThread.class).single()).as("made once").isSameAs(thread);
        CommentEditor box = find(CommentEditor.class, thread).single();
        test(box.text()).setValue("Vu, je vérifie.");
        test(box.send()).click();
        assertThat(thread.items()).extracting(CommentItem::text).containsExactly("Source de ce bilan ?",
                "Vu, je vérifie.");
    }

    @Test
    @WithUserDetails("factchecker")
    void theFigurePanelMakesItsSectionsAndCompanionsWhenAFirstFigureIsOpened() {
        StoryView view = openWithOneFigure();
        assertThat(view.panel.isVisible()).isFalse();
        assertThat(find(AssigneeSelect.class, view.panel).exists()).as("no figure assignee yet").isFalse();
        assertThat(find(CommentThread.class, view.panel).exists()).as("no figure comments yet").isFalse();

        test(view.figures).select(0);

        assertThat(view.panel.getElement().getChildren().map(c -> c.getAttribute("data-section")))
                .containsExactlyElementsOf(FigurePanel.SECTIONS);
        assertThat(find(AssigneeSelect.class, view.panel).exists()).isTrue();
        CommentThread figureThread = find(CommentThread.class, view.panel).single();
        assertThat(figureThread.items()).isEmpty();
        assertThat(view.panel.getElement().getTextRecursively()).contains("“320 km2”");

        // the figure's comments box takes the "c" shortcut once the panel is there: no "nothing to do" notice
        view.shortcut("c");
        assertThat($(Notification.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("factchecker")
    void theShortcutsHelpIsMadeWhenFirstAskedFor() {
        StoryView view = openWithOneFigure();
        assertThat($(ShortcutHelp.class).exists()).isFalse();

        view.shortcut("?");

        ShortcutHelp help = (ShortcutHelp) $(Dialog.class).single();
        assertThat(help.isOpened()).isTrue();
        assertThat(find(Span.class, help).withClassName("shortcut-key").all()).extracting(Span::getText)
                .containsExactly("j", "k", "Enter", "s", "x", "a", "r", "c", "?");
    }

    /** A new story with two suggestions, one of them accepted: it opens on its figures. */
    private StoryView openWithOneFigure() {
        long storyId = stories.create(uniqueTitle(), "fr", TEXT);
        long km2 = stories.suggestions(storyId).stream().filter(s -> s.quote().equals("320 km2")).findFirst()
                .orElseThrow().id();
        stories.accept(storyId, km2, null);
        return navigate(StoryView.class, storyId);
    }

    /** Clicks a list's tab. */
    private void select(StoryView view, StoryLists.Shown list) {
        Tab tab = view.lists.tabs.getTabAt(list.ordinal());
        assertThat(tab.getElement().getAttribute("data-list")).isEqualTo(list.name().toLowerCase(java.util.Locale.ROOT));
        test(view.lists.tabs).select(list.ordinal());
    }

    private static String uniqueTitle() {
        return "Lazy parts " + UUID.randomUUID();
    }
}
