package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import java.math.BigDecimal;
import java.util.UUID;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureDraft;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureValue;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.FigureHistory;
import org.corroborate.review.ReviewService;
import org.corroborate.security.ui.LoginView;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every role logs in and reaches the stories, reports and sources; nobody else does. Correcting and restoring a
 * figure's value: viewers read it and its history, fact-checkers change it.
 */
@SpringBootTest
class RoleAccessTest extends SpringBrowserlessTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginForm() {
        navigate("stories", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    void anAnonymousVisitorCannotSearch() {
        com.vaadin.flow.component.UI.getCurrent().navigate("search",
                com.vaadin.flow.router.QueryParameters.of("q", "idleb"));

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("factchecker")
    void anUnknownAddressShowsTheFriendlyNotFoundPage() {
        navigate("no-such-page", com.vaadin.flow.component.Component.class);

        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Nothing here");
    }

    @Autowired
    FigureService figures;

    @Autowired
    ReviewService review;

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Test
    @WithUserDetails("viewer")
    void aViewerReadsAFiguresValueAndHistoryButCannotCorrectOrRestoreIt() {
        long figureId = aFigureOfItsOwn();
        FigureValue value = figures.value(figureId);
        FigureHistory history = review.figureHistory(figureId);

        assertThatThrownBy(() -> figures.edit(figureId, value.version(), value.draft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stories.editFigure(value.storyId(), figureId, value.version(), value.draft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.restoreFigure(figureId, history.version(), history.values().getFirst().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.restore(figureId, history.version(), history.values().getFirst().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(review.entityHistory("STORY", value.storyId())).isNotNull();
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerCorrectsAndRestoresAFiguresValue() {
        long figureId = aFigureOfItsOwn();
        FigureValue value = stories.figureValue(figures.value(figureId).storyId(), figureId);
        FigureDraft d = value.draft();
        FigureValue corrected = stories.editFigure(value.storyId(), figureId, value.version(),
                new FigureDraft(d.qualifier(), new BigDecimal("13"), new BigDecimal("13"), d.unit(), d.kind(),
                        d.subject(), d.period(), d.sourceId()));
        FigureHistory history = review.figureHistory(figureId);

        review.restoreFigure(figureId, corrected.version(), history.values().getLast().id());

        assertThat(figures.value(figureId).summary()).isEqualTo(value.summary());
    }

    private long aFigureOfItsOwn() {
        String text = "Environ 12 morts, selon l'OSDH.";
        long storyId = system.call(() -> stories.create("Roles " + UUID.randomUUID(), "fr", text));
        return system.call(() -> figures.anchor(storyId, text, 0, "Environ 12 morts",
                Quantity.of(Qualifier.APPROXIMATE, new BigDecimal("12"), new BigDecimal("12"), null),
                new Measure(QuantityKind.DEATHS, null, null, null), null));
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerReachesTheImport() {
        assertThat(reachesImport()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorReachesTheImport() {
        assertThat(reachesImport()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReachesTheImport() {
        assertThat(reachesImport()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerIsKeptOutOfTheImport() {
        assertThat(reachesImport()).isFalse();
    }

    private boolean reachesImport() {
        navigate("reports/import", com.vaadin.flow.component.Component.class);
        return getCurrentView().getClass().getSimpleName().equals("ReportImportView");
    }

    private void assertReachesEveryList() {
        for (String route : new String[] {"queue", "notifications"}) {
            navigate(route, com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route).endsWith("View")
                    .isNotEqualTo("LoginView").isNotEqualTo("NotFoundView");
        }
        for (String route : new String[] {"stories", "reports", "sources"}) {
            navigate(route, com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route).endsWith("ListView");
            assertThat($(com.vaadin.flow.component.grid.Grid.class).single().getGenericDataView().getItems().count())
                    .as(route).isPositive();
        }
        assertSearches();
    }

    /** Every role may search (SearchService: CAN_READ): the seed story is found by a word of its title. */
    private void assertSearches() {
        com.vaadin.flow.component.UI.getCurrent().navigate("search",
                com.vaadin.flow.router.QueryParameters.of("q", "idleb"));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SearchView");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .extracting(com.vaadin.flow.component.html.Anchor::getHref).anyMatch(href -> href.startsWith("story/"));
    }
}
