package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.workbench.ui.LiveWindows.awaitIn;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.UUID;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people on the same story in one test, each in their own session: both open the same figure to correct
 * it, the fact-checker saves first, and the editor's stale save brings up the conflict dialog with the
 * fact-checker's value, from which the editor saves theirs over it or discards it. A review step taken by
 * one shows in the other's header without reloading.
 */
@SpringBootTest
class FigureConflictTest {

    static final String TEXT = "Les frappes ont fait environ 12 morts à Maaret, selon l'OSDH.";

    @Autowired
    ApplicationContext spring;

    @Autowired
    UserDetailsService users;

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ReviewService review;

    SecuredBrowserlessApplicationContext<Authentication> app;
    long storyId;
    long figureId;

    @BeforeEach
    void aStoryWithOneFigureAndTwoPeople() {
        storyId = system.call(() -> stories.create("Conflict " + UUID.randomUUID(), "fr", TEXT));
        String quote = "environ 12 morts";
        figureId = system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(Qualifier.APPROXIMATE, new BigDecimal("12"), new BigDecimal("12"), null),
                new Measure(QuantityKind.DEATHS, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
        QueuedStandings.derive(spring, figureId); // stored now: no later push of it into the windows (DD016)
        app = SpringBrowserlessApplicationContext.createSecured(spring, StoryView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theSecondPersonToSaveSeesTheFirstPersonsValueAndSavesTheirsOverIt() {
        BrowserlessUIContext factChecker = open("factchecker");
        BrowserlessUIContext editor = open("editor");
        FigureDialog first = correct(factChecker, "14");
        FigureDialog second = correct(editor, "20");

        factChecker.activate();
        factChecker.test(first.save).click();
        editor.activate();
        editor.test(second.save).click();

        FigureConflictDialog conflict = editor.find(FigureConflictDialog.class).single();
        assertThat(conflict.who.getText()).contains("factchecker");
        assertThat(conflict.loaded.getText()).startsWith("≈ 12 ");
        assertThat(conflict.theirs.getText()).startsWith("≈ 14 ");
        assertThat(conflict.mine.getText()).startsWith("≈ 20 ");
        assertThat(valueNow()).startsWith("≈ 14 ");

        editor.test(conflict.reapply).click();

        assertThat(editor.find(FigureConflictDialog.class).exists()).isFalse();
        assertThat(valueNow()).startsWith("≈ 20 ");
        assertThat(view(editor).figures.getGenericDataView().getItems().map(FigureRow::value))
                .containsExactly("≈ 20");
    }

    @Test
    void theSecondPersonMayDiscardTheirsAndSeesTheFirstPersonsValue() {
        BrowserlessUIContext factChecker = open("factchecker");
        BrowserlessUIContext editor = open("editor");
        FigureDialog first = correct(factChecker, "14");
        FigureDialog second = correct(editor, "20");

        factChecker.activate();
        factChecker.test(first.save).click();
        editor.activate();
        editor.test(second.save).click();
        FigureConflictDialog conflict = editor.find(FigureConflictDialog.class).single();
        editor.test(conflict.discard).click();

        assertThat(editor.find(FigureConflictDialog.class).exists()).isFalse();
        assertThat(valueNow()).startsWith("≈ 14 ");
        assertThat(view(editor).figures.getGenericDataView().getItems().map(FigureRow::value))
                .containsExactly("≈ 14");
    }

    @Test
    void aReviewStepTakenByOneShowsInTheOthersHeaderWithoutReloading() {
        BrowserlessUIContext factChecker = open("factchecker");
        BrowserlessUIContext editor = open("editor");
        assertThat(view(editor).stateBadge.getText()).isEqualTo("Draft");

        factChecker.activate();
        factChecker.test(factChecker.find(Button.class).withText("Submit for review").single()).click();
        assertThat(view(factChecker).stateBadge.getText()).isEqualTo("In review");

        editor.activate();
        awaitIn(editor, () -> "In review".equals(view(editor).stateBadge.getText()));
        assertThat(view(editor).stateBadge.getElement().getAttribute("data-state")).isEqualTo("IN_REVIEW");
    }

    @Test
    void aValueCorrectedByOneShowsInTheOthersFigureListWithoutReloading() {
        BrowserlessUIContext factChecker = open("factchecker");
        BrowserlessUIContext editor = open("editor");
        FigureDialog first = correct(factChecker, "14");

        factChecker.test(first.save).click();

        editor.activate();
        awaitIn(editor, () -> view(editor).figures.getGenericDataView().getItems().map(FigureRow::value).toList()
                .equals(java.util.List.of("≈ 14")));
    }

    @Test
    void theEditorWhoCorrectedTheValueSeesApproveDisabledAndWhy() {
        BrowserlessUIContext editor = open("editor");
        FigureDialog dialog = correct(editor, "14");

        editor.test(dialog.save).click();

        Button approve = editor.find(Button.class).withText("Approve").single();
        assertThat(approve.isEnabled()).isFalse();
        assertThat(approve.getElement().getAttribute("title")).contains("value last");
        assertThat(editor.find(com.vaadin.flow.component.html.Span.class).withClassName("review-reason")
                .withTextContaining("value last").exists()).isTrue();
    }

    @Test
    void aPublishedStorysTextAndFiguresAreLockedAndTheViewSaysWhy() {
        system.run(() -> {
            review.submitForReview(storyId);
            review.approve(figureId, "environ 12 morts selon l'OSDH", true);
            review.approveStory(storyId);
            review.publish(storyId);
        });

        BrowserlessUIContext factChecker = open("factchecker");
        StoryView view = view(factChecker);

        assertThat(view.stateBadge.getText()).isEqualTo("Published");
        assertThat(view.actions.editText.isEnabled()).isFalse();
        assertThat(view.actions.editText.getTooltip().getText()).contains("published").contains("reopens");
        assertThat(view.editValue.isEnabled()).isFalse();
    }

    private BrowserlessUIContext open(String username) {
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

    /** Opens the figure's correction form in this window and types {@code value} as low and high. */
    private FigureDialog correct(BrowserlessUIContext window, String value) {
        window.activate();
        StoryView view = view(window);
        view.figures.select(view.figures.getGenericDataView().getItems().filter(f -> f.id() == figureId)
                .findFirst().orElseThrow());
        window.test(view.editValue).click();
        FigureDialog dialog = window.find(FigureDialog.class).single();
        assertThat(dialog.low.getValue()).isEqualByComparingTo("12");
        dialog.low.setValue(new BigDecimal(value));
        dialog.high.setValue(new BigDecimal(value));
        return dialog;
    }

    private String valueNow() {
        return system.call(() -> figures.value(figureId)).summary();
    }
}
