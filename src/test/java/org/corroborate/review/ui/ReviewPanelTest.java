package org.corroborate.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.Decision;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review panel in a browserless UI, as the editor and as the fact-checker see it. */
@SpringBootTest
class ReviewPanelTest extends SpringBrowserlessTest {

    private static final String TEXT = "Les frappes ont fait environ 12 morts à Maaret, selon l'OSDH.";

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    long storyId;
    long figureId;
    long assertionId;

    @BeforeEach
    void aStoryWithOneFigure() {
        storyId = system.call(() -> stories.create("Review panel " + UUID.randomUUID(), "fr", TEXT));
        figureId = system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf("environ 12 morts"),
                "environ 12 morts", Quantity.of(Qualifier.APPROXIMATE, new BigDecimal("12"), new BigDecimal("12"), null),
                new Measure(QuantityKind.DEATHS, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
        assertionId = jdbc.queryForObject("select min(id) from assertion", Long.class);
    }

    @Test
    @WithUserDetails("editor")
    void theEditorSeesApproveEnabledWithTheWordingPrefilledAndApprovesTheFigure() {
        ReviewPanel panel = panelOnFigure();

        assertThat(panel.form.approve.isVisible()).isTrue();
        assertThat(panel.form.approve.isEnabled()).isTrue();
        assertThat(panel.form.wording.getValue()).startsWith("environ 12 morts selon ");

        test(panel.form.approve).click();

        // No evidence yet: the figure is unsupported, so the editor is asked first, and nothing is decided yet.
        assertThat(panel.confirmWeak.isOpened()).isTrue();
        assertThat(panel.confirmWeak.getElement().getProperty("header")).contains("environ 12 morts");
        assertThat(panel.confirmWeak.getElement().getProperty("message")).contains("no report supports it")
                .doesNotContain("disagree");
        assertThat(review.figureReview(figureId).decision()).isNull();
        test(panel.confirmWeak).confirm();

        assertThat(review.figureReview(figureId).decision()).isEqualTo(Decision.APPROVED);
        assertThat(panel.form.decision.getElement().getAttribute("data-decision")).isEqualTo("APPROVED");
        assertThat(review.history(storyId)).anySatisfy(h -> assertThat(h.action()).isEqualTo("APPROVED_DESPITE_STATUS"));
    }

    @Test
    @WithUserDetails("editor")
    void theConfirmationOfAContradictedFigureSaysAReportContradictsIt() {
        system.run(() -> evidence.link(figureId, assertionId, Relation.CONTRADICTS));
        ReviewPanel panel = panelOnFigure();

        test(panel.form.approve).click();

        assertThat(panel.confirmWeak.getElement().getProperty("message")).contains("contested")
                .contains("a report linked to it contradicts it").doesNotContain("no report supports it");
    }

    @Test
    @WithUserDetails("editor")
    void anEditorWhoCancelsTheConfirmationLeavesTheFigureUndecided() {
        ReviewPanel panel = panelOnFigure();

        test(panel.form.approve).click();
        test(panel.confirmWeak).cancel();

        assertThat(review.figureReview(figureId).decision()).isNull();
    }

    @Test
    @WithUserDetails("factchecker")
    void theFactCheckerSeesNoApproveButMaySubmitTheStory() {
        ReviewPanel panel = panelOnFigure();

        assertThat(panel.form.approve.isVisible() && panel.form.approve.getParent().orElseThrow().isVisible())
                .isFalse();
        assertThat(panel.bar.approve.isVisible()).isFalse();
        assertThat(panel.bar.submit.isVisible()).isTrue();
        assertThat(panel.bar.submit.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void theEditorWhoLinkedTheEvidenceSeesApproveDisabledWithTheFourEyesReason() {
        evidence.link(figureId, assertionId, Relation.SUPPORTS);

        ReviewPanel panel = panelOnFigure();

        assertThat(panel.form.approve.isEnabled()).isFalse();
        assertThat(panel.form.refusal.isVisible()).isTrue();
        assertThat(panel.form.refusal.getText()).contains("four eyes");
    }

    @Test
    @WithUserDetails("editor")
    void approveStoryIsDisabledWithTheReasonWhileTheFigureIsUnreviewed() {
        ReviewPanel panel = panelOnFigure();
        test(panel.bar.submit).click();

        assertThat(panel.bar.approve.isEnabled()).isFalse();
        assertThat(panel.bar.reason.getText()).contains("Every figure must be approved or rejected")
                .contains("still to decide: “environ 12 morts”").doesNotContain("needs approval again");
    }

    @Test
    @WithUserDetails("editor")
    void theReasonNamesAFigureWhoseApprovalLapsedAsNeedingApprovalAgain() {
        ReviewPanel panel = panelOnFigure();
        test(panel.bar.submit).click();
        test(panel.form.approve).click();
        test(panel.confirmWeak).confirm();
        system.run(() -> evidence.link(figureId, assertionId, Relation.SUPPORTS));

        panel.refresh();

        assertThat(review.figureReview(figureId).decision()).isEqualTo(Decision.LAPSED);
        assertThat(panel.bar.reason.getText()).contains("“environ 12 morts” (needs approval again)")
                .doesNotContain("none needing");
    }

    /**
     * Walk F36: an approved story whose rejected figure is still in the text showed "Only a story in review can be
     * approved" beside the buttons, the reason for Publish being only in the disabled button's tooltip.
     */
    @Test
    @WithUserDetails("editor")
    void onAnApprovedStoryTheVisibleReasonIsWhyItCannotBePublished() {
        ReviewPanel panel = panelOnFigure();
        test(panel.bar.submit).click();
        test(panel.form.reason).setValue("Le bilan de l'OSDH est plus élevé");
        test(panel.form.reject).click();
        test(panel.bar.approve).click();

        assertThat(panel.bar.state.getElement().getAttribute("data-state")).isEqualTo("APPROVED");
        assertThat(panel.bar.publish.isEnabled()).isFalse();
        assertThat(panel.bar.reason.getText()).contains("“environ 12 morts”")
                .isEqualTo(panel.bar.publish.getElement().getAttribute("title"))
                .doesNotContain(panel.bar.approve.getElement().getAttribute("title"));
    }

    @Test
    @WithUserDetails("editor")
    void theStoryViewEmbedsThePanelAndItFollowsTheSelectedFigure() {
        com.vaadin.flow.component.UI.getCurrent().navigate("story/" + storyId);
        ReviewPanel panel = $(ReviewPanel.class).single();
        assertThat(panel.form == null || !panel.form.isVisible()).as("no decision shown (nor made) yet").isTrue();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.corroborate.figure.FigureRow> list =
                $(com.vaadin.flow.component.grid.Grid.class).withClassName("figure-list").single();
        test(list).select(0);

        assertThat(panel.form.isVisible()).isTrue();
        assertThat(panel.form.title.getText()).contains("environ 12 morts");
    }

    private ReviewPanel panelOnFigure() {
        ReviewPanel panel = context.getBean(ReviewPanel.class);
        panel.forStory(storyId, new com.vaadin.flow.component.grid.Grid<>());
        getCurrentView().getElement().appendChild(panel.getElement());
        panel.showFigure(figureId);
        return panel;
    }
}
