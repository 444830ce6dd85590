package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.workbench.ui.LiveWindows.awaitIn;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import java.sql.Connection;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.evidence.ui.StatusBadges;
import org.corroborate.figure.FigureRow;
import org.corroborate.security.SystemAuthentication;
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
 * A suggestion accepted as a figure shows at once; its standing is derived after the commit, in the background (issue
 * 14: accepting one in a 1 MB story took seconds, DD016). Until it is stored the figure says so: "being assessed" on
 * its mark, in what a screen reader reads and in the story's counts, in English and French; then the stored standing
 * arrives live. The test holds the standings table so that the standing cannot be stored before it has looked.
 */
@SpringBootTest
class NewFigureStandingTest {

    private static final String TEXT = "En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH. "
            + "L'armée syrienne a affirmé avoir repris 320 km2.";

    @Autowired
    ApplicationContext spring;

    @Autowired
    UserDetailsService users;

    @Autowired
    StoryService stories;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    DataSource data;

    SecuredBrowserlessApplicationContext<Authentication> app;
    long storyId;

    @BeforeEach
    void aStoryWithTwoSuggestions() {
        storyId = system.call(() -> stories.create("New figure " + UUID.randomUUID(), "fr", TEXT));
        app = SpringBrowserlessApplicationContext.createSecured(spring, StoryView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anAcceptedFigureIsBeingAssessedUntilItsStandingIsStoredThenShowsItLive() throws Exception {
        BrowserlessUIContext english = open(Locale.ENGLISH);
        BrowserlessUIContext french = open(Locale.FRENCH);
        long figureId;
        try (Connection held = data.getConnection()) {
            held.setAutoCommit(false);
            // no standing can be stored until this transaction ends (reads and other writes go on)
            held.createStatement().execute("lock table figure_standing in share mode");

            english.activate();
            StoryView view = view(english);
            english.test(view.suggestions.items().stream().filter(i -> i.row.quote().equals("320 km2")).findFirst()
                    .orElseThrow().accept).click();

            FigureRow figure = view.figures.getGenericDataView().getItems().findFirst().orElseThrow();
            figureId = figure.id();
            assertThat(mark(view, figureId)).satisfies(mark -> {
                assertThat(mark.text()).isEqualTo("320 km2");
                assertThat(mark.classes()).contains("status-pending").doesNotContain("suggestion");
                assertThat(mark.label()).isEqualTo("Figure 320 km2, being assessed");
            });
            assertThat(view.summary.statusOf(figureId)).isEqualTo("being assessed");
            assertThat(view.summary.getElement().getTextRecursively()).contains("1 being assessed");

            // the other window hears of the new figure, and shows it as being assessed too, in French
            awaitIn(french, () -> view(french).text.shown().stream().anyMatch(m -> m.id() == figureId));
            StoryView inFrench = view(french);
            assertThat(mark(inFrench, figureId).classes()).contains("status-pending");
            assertThat(mark(inFrench, figureId).label()).isEqualTo("Chiffre 320 km2, en cours d’évaluation");
            assertThat(inFrench.summary.getElement().getTextRecursively()).contains("1 en cours d’évaluation");
            held.rollback();
        }

        QueuedStandings.derive(spring, figureId);
        String stored = StatusBadges.cssClass(system.call(() -> evidence.statusOf(figureId)));
        for (BrowserlessUIContext window : java.util.List.of(english, french)) {
            window.activate();
            awaitIn(window, () -> mark(view(window), figureId).classes().contains(stored));
            assertThat(mark(view(window), figureId).classes()).doesNotContain("status-pending");
            assertThat(view(window).summary.getElement().getTextRecursively())
                    .doesNotContain("being assessed", "en cours d’évaluation");
        }
        assertThat(mark(view(english), figureId).label()).doesNotContain("being assessed")
                .isEqualTo("Figure 320 km2, " + view(english).summary.statusOf(figureId));
    }

    private BrowserlessUIContext open(Locale locale) {
        UserDetails user = users.loadUserByUsername("factchecker");
        Authentication login = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        BrowserlessUIContext window = app.newUser(login).newWindow();
        window.activate();
        window.getUI().setLocale(locale);
        window.navigate(StoryView.class, storyId);
        return window;
    }

    private static StoryView view(BrowserlessUIContext window) {
        return (StoryView) window.getCurrentView();
    }

    private static HighlightedText.Shown mark(StoryView view, long figureId) {
        return view.text.shown().stream().filter(m -> m.id() == figureId).findFirst().orElseThrow();
    }
}
