package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.workbench.ui.LiveWindows.awaitIn;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.corroborate.collaboration.ui.PresenceBar;
import org.corroborate.demo.DemoScenario;
import org.corroborate.figure.FigureRow;
import org.corroborate.history.HistoryEntry;
import org.corroborate.review.Decision;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The "done when", end to end in the views: a fact-checker and an editor have the seed story open at
 * the same time, each in their own session, and each sees the other there; the fact-checker submits it, the editor sees it arrive in review
 * without reloading, signs off every figure from the figure panel (the fact-checker, on one of them, sees the
 * decision arrive), approves and publishes the story, and the fact-checker's header follows each step live. The story's history holds every step, with who took it.
 * It runs on a database of its own: publishing the seed story locks it, which other tests must not meet.
 */
@SpringBootTest(properties = "corroborate.test.isolated=seed-to-publication")
class SeedStoryToPublicationTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    SecuredBrowserlessApplicationContext<Authentication> app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aFactCheckerAndAnEditorTakeTheSeedStoryFromDraftToPublished() {
        long storyId = jdbc.queryForObject("select id from story where title = ?", Long.class,
                DemoScenario.SEED_TITLE);
        app = SpringBrowserlessApplicationContext.createSecured(spring, StoryView.class);
        BrowserlessUIContext factChecker = open("factchecker", storyId);
        BrowserlessUIContext editor = open("editor", storyId);
        assertThat(badge(factChecker)).isEqualTo(StoryState.DRAFT.name());
        factChecker.activate();
        awaitIn(factChecker, () -> presence(factChecker).contains("Eddie Editor"));

        factChecker.activate();
        factChecker.test(button(factChecker, "Submit for review")).click();

        editor.activate();
        awaitIn(editor, () -> StoryState.IN_REVIEW.name().equals(badge(editor)));
        StoryView editorsView = view(editor);
        List<FigureRow> seedFigures = editorsView.figures.getGenericDataView().getItems().toList();
        assertThat(seedFigures).hasSize(9);
        factChecker.activate();
        view(factChecker).figures.select(seedFigures.getFirst());
        assertThat(decisionShown(factChecker)).isEqualTo("NONE");
        editor.activate();
        for (FigureRow figure : seedFigures) {
            editorsView.figures.select(figure);
            Button approve = button(editor, "Approve");
            assertThat(approve.isEnabled()).as("Approve for %s", figure.quote()).isTrue();
            editor.test(approve).click();
            // An unsupported or contested figure asks the editor to confirm first.
            editor.find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all().stream()
                    .filter(com.vaadin.flow.component.confirmdialog.ConfirmDialog::isOpened).findFirst()
                    .ifPresent(confirm -> editor.test(confirm).confirm());
            assertThat(system.call(() -> review.figureReview(figure.id()).decision()))
                    .as("decision on %s", figure.quote()).isEqualTo(Decision.APPROVED);
        }
        factChecker.activate();
        awaitIn(factChecker, () -> "APPROVED".equals(decisionShown(factChecker)));
        assertThat(presence(factChecker)).as("who else is here, and on which figure").contains("Eddie Editor (on “");

        editor.activate();
        editor.test(button(editor, "Approve story")).click();
        editor.test(button(editor, "Publish")).click();
        assertThat(badge(editor)).isEqualTo(StoryState.PUBLISHED.name());

        factChecker.activate();
        awaitIn(factChecker, () -> StoryState.PUBLISHED.name().equals(badge(factChecker)));
        assertThat(view(factChecker).actions.editText.isEnabled()).isFalse();

        List<HistoryEntry> history = system.call(() -> review.history(storyId));
        assertThat(history).filteredOn(e -> "STATE".equals(e.action()))
                .extracting(HistoryEntry::after, HistoryEntry::who)
                .as("the story's states, newest first").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PUBLISHED", "editor"),
                        org.assertj.core.groups.Tuple.tuple("APPROVED", "editor"),
                        org.assertj.core.groups.Tuple.tuple("IN_REVIEW", "factchecker"));
        assertThat(history).filteredOn(e -> "APPROVED".equals(e.action()) && "editor".equals(e.who()))
                .hasSize(9);
    }

    private BrowserlessUIContext open(String username, long storyId) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication login = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        BrowserlessUIContext window = app.newUser(login).newWindow();
        window.activate();
        window.navigate(StoryView.class, storyId);
        return window;
    }

    private static StoryView view(BrowserlessUIContext window) {
        return (StoryView) window.getCurrentView();
    }

    /** The story's state as the header badge shows it. */
    private static String badge(BrowserlessUIContext window) {
        return window.find(Span.class).withClassName("story-state").single().getElement().getAttribute("data-state");
    }

    /** What the presence bar says about the others on the story. */
    private static String presence(BrowserlessUIContext window) {
        return window.find(PresenceBar.class).single().getElement().getTextRecursively();
    }

    /** The decision on the selected figure as the review form shows it. */
    private static String decisionShown(BrowserlessUIContext window) {
        return window.find(Span.class).withClassName("review-decision").single().getElement()
                .getAttribute("data-decision");
    }

    private static Button button(BrowserlessUIContext window, String text) {
        return window.find(Button.class).withText(text).single();
    }
}
