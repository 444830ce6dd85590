package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.workbench.ui.LiveWindows.awaitIn;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.figure.FigureRow;
import org.corroborate.review.ReviewService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Walk3 H12 in the story view: Remove figure, in the figure's panel, asks first (in the UI's language, naming the
 * words), then the figure leaves the list, the text's marks and the panel, here and, live, in the view of someone else
 * on the story; cancelled, nothing changes. A published story's figures have the button disabled; a viewer has none.
 */
@SpringBootTest
class RemoveFigureViewTest {

    static final String TEXT = "QUITO, Nov 30 (Reuters) - Ecuador's electoral council said on Sunday that turnout was "
            + "82.3%. Some 3.4 million ballots were cast in the first three hours after polls opened at 7 a.m.";

    @Autowired ApplicationContext spring;
    @Autowired StoryService stories;
    @Autowired ReviewService review;
    @Autowired SystemAuthentication system;

    SecuredBrowserlessApplicationContext<org.springframework.security.core.Authentication> app;
    long storyId;
    long hours;
    long turnout;

    @BeforeEach
    void aStoryWithAFigureAcceptedByMistake() {
        storyId = system.call(() -> stories.create("Ecuador vote " + UUID.randomUUID(), "en", TEXT));
        hours = accept("three");
        turnout = accept("82.3%");
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.corroborate");
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    @Test
    void aFactCheckerRemovesTheFigureOnceConfirmedAndTheEditorOnTheStorySeesItGo() {
        BrowserlessUIContext editor = open("editor", Role.EDITOR, Locale.ENGLISH, hours);
        BrowserlessUIContext factchecker = open("factchecker", Role.FACT_CHECKER, Locale.FRENCH, hours);
        StoryView view = view(factchecker);
        assertThat(view.removal.isVisible()).isTrue();
        assertThat(view.removal.isEnabled()).isTrue();
        assertThat(view.removal.getText()).isEqualTo("Retirer le chiffre");

        factchecker.test(view.removal).click();
        factchecker.roundTrip(); // the dialog is added to the page as it opens

        assertThat(view.removal.confirm.isOpened()).isTrue();
        assertThat(view.removal.confirm.getElement().getProperty("header"))
                .isEqualTo("Retirer le chiffre « three »\u00a0?");
        assertThat(view.removal.confirm.getElement().getProperty("message"))
                .startsWith("Ses mots restent dans le texte de l'article")
                .contains("ne seront plus proposés", "L'historique de l'article en garde la trace.");
        factchecker.test(view.removal.confirm).confirm();

        assertThat(quotes(view)).containsExactly("82.3%");
        assertThat(view.text.shown()).extracting(HighlightedText.Shown::text).doesNotContain("three")
                .contains("82.3%");
        assertThat(view.noFigure.isVisible()).as("no figure shown any more").isTrue();
        assertThat(factchecker.find(Notification.class).all()).anySatisfy(n -> assertThat(
                n.getElement().getProperty("text")).isEqualTo("Chiffre « three » retiré."));
        assertThat(system.call(() -> review.storyHistory(storyId)).entries())
                .anyMatch(e -> e.entityId() == hours && e.action().equals("REMOVED"));

        StoryView editorsView = view(editor);
        awaitIn(editor, () -> !quotes(editorsView).contains("three"));
        assertThat(quotes(editorsView)).containsExactly("82.3%");
        assertThat(editorsView.noFigure.isVisible()).as("the figure the editor had open is gone").isTrue();
        assertThat(editor.find(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement()
                .getProperty("text")).isEqualTo("Someone removed the figure “three” you had open: its words are no "
                        + "longer a figure to check."));
    }

    @Test
    void cancelledTheFigureStays() {
        BrowserlessUIContext factchecker = open("factchecker", Role.FACT_CHECKER, Locale.ENGLISH, hours);
        StoryView view = view(factchecker);
        assertThat(view.removal.getText()).isEqualTo("Remove figure");

        factchecker.test(view.removal).click();
        factchecker.roundTrip(); // the dialog is added to the page as it opens
        assertThat(view.removal.confirm.getElement().getProperty("header")).isEqualTo("Remove the figure “three”?");
        factchecker.test(view.removal.confirm).cancel();

        assertThat(quotes(view)).containsExactly("82.3%", "three");
        assertThat(system.call(() -> stories.figure(storyId, hours))).isPresent();
    }

    @Test
    void aPublishedStorysFiguresCannotBeRemovedAndAViewerIsNotOfferedIt() {
        system.run(() -> {
            review.approve(turnout, "turnout of 82.3%, according to the council", true);
            review.approve(hours, "three hours", true);
            review.submitForReview(storyId);
            review.approveStory(storyId, true);
            review.publish(storyId);
        });

        StoryView editors = view(open("editor", Role.EDITOR, Locale.ENGLISH, hours));
        assertThat(editors.removal.isVisible()).isTrue();
        assertThat(editors.removal.isEnabled()).isFalse();
        assertThat(editors.removal.getTooltip().getText()).startsWith("The story is published");
        assertThat(view(open("viewer", Role.VIEWER, Locale.ENGLISH, hours)).removal.isVisible()).isFalse();
    }

    private BrowserlessUIContext open(String username, Role role, Locale locale, long figureId) {
        BrowserlessUIContext window = app.newUser(username, role.name()).newWindow();
        window.activate();
        window.getUI().setLocale(locale);
        window.navigate(StoryView.class, storyId);
        StoryView view = view(window);
        view.figures.select(view.figures.getGenericDataView().getItems().filter(f -> f.id() == figureId)
                .findFirst().orElseThrow());
        return window;
    }

    private static StoryView view(BrowserlessUIContext window) {
        window.activate();
        return (StoryView) window.getCurrentView();
    }

    private static List<String> quotes(StoryView view) {
        return view.figures.getGenericDataView().getItems().map(FigureRow::quote).toList();
    }

    private long accept(String quote) {
        return system.call(() -> stories.accept(storyId, stories.suggestions(storyId).stream()
                .filter(s -> s.quote().equals(quote)).findFirst().orElseThrow().id(), null));
    }
}
