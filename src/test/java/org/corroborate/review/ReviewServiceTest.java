package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.corroborate.RunAs;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Review against the real database: approvals, four eyes, lapsing, story states and the history. */
@SpringBootTest
class ReviewServiceTest {

    static final String TEXT = "Les frappes ont fait environ 12 morts et 30 blessés à Maaret, selon l'OSDH.";

    @Autowired
    ReviewService review;

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    JdbcTemplate jdbc;

    long storyId;
    long deaths;
    long injured;
    List<Long> assertions;

    @BeforeEach
    void aStoryWithTwoFiguresAttributedToTheObservatory() {
        storyId = system.call(() -> stories.create("Review " + UUID.randomUUID(), "fr", TEXT));
        deaths = anchor("environ 12 morts", Qualifier.APPROXIMATE, "12", QuantityKind.DEATHS);
        injured = anchor("30 blessés", Qualifier.EXACT, "30", QuantityKind.INJURED);
        assertions = jdbc.queryForList("select id from assertion order by id limit 2", Long.class);
    }

    @Test
    void anEditorApprovesAFigureWhoseEvidenceAFactCheckerLinked() {
        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(deaths, assertions.get(0), Relation.SUPPORTS));

        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts selon l'OSDH", true));

        FigureReview figure = as("viewer", Role.VIEWER, () -> review.figureReview(deaths));
        assertThat(figure.decision()).isEqualTo(Decision.APPROVED);
        assertThat(figure.wording()).isEqualTo("environ 12 morts selon l'OSDH");
        assertThat(figure.decidedBy()).isEqualTo("editor");
    }

    @Test
    void theEditorWhoLinkedTheEvidenceCannotApproveItAndNothingIsWritten() {
        as("editor", Role.EDITOR, () -> evidence.link(deaths, assertions.get(0), Relation.SUPPORTS));
        long logBefore = logLines();

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts", true)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.FOUR_EYES));

        assertThat(jdbc.queryForObject("select count(*) from figure_approval where figure_id = ?", Long.class, deaths))
                .isZero();
        assertThat(logLines()).isEqualTo(logBefore);
        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(deaths)).approvalRefusal())
                .isEqualTo(Refusal.FOUR_EYES);
    }

    @Test
    void linkingNewEvidenceAfterApprovalLapsesIt() {
        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(deaths, assertions.get(0), Relation.SUPPORTS));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts selon l'OSDH", true));

        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(deaths, assertions.get(1), Relation.CONTRADICTS));

        FigureReview figure = as("editor", Role.EDITOR, () -> review.figureReview(deaths));
        assertThat(figure.decision()).isEqualTo(Decision.LAPSED);
        assertThat(figure.needsApprovalAgain()).isTrue();
        assertThat(figure.lapsedBy()).isEqualTo("factchecker");
    }

    @Test
    void aFactCheckerCannotApprove() {
        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER, () -> review.approve(deaths, "12 morts", true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void storyApprovalIsRefusedWithAnUnreviewedFigureThenAllowedOnceAllAreApprovedOrRejected() {
        as("factchecker", Role.FACT_CHECKER, () -> review.submitForReview(storyId));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts selon l'OSDH", true));

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.approveStory(storyId)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.FIGURES_UNREVIEWED));
        assertThat(state()).isEqualTo(StoryState.IN_REVIEW);

        as("editor", Role.EDITOR, () -> review.reject(injured, "Aucune source pour les blessés"));
        as("editor", Role.EDITOR, () -> review.approveStory(storyId));

        assertThat(state()).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void aPublishedStoryRefusesNewEvidenceUntilAnEditorReopensIt() {
        approveAndPublish();

        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER,
                () -> evidence.link(deaths, assertions.get(0), Relation.SUPPORTS)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.STORY_PUBLISHED));
        assertThat(jdbc.queryForObject("select count(*) from evidence where figure_id = ?", Long.class, deaths))
                .isZero();

        as("editor", Role.EDITOR, () -> review.reopen(storyId));
        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(deaths, assertions.get(0), Relation.SUPPORTS));
        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(deaths)).decision())
                .isEqualTo(Decision.LAPSED);
    }

    @Test
    void aFigureAddedToAnApprovedStorySendsItBackToReview() {
        as("factchecker", Role.FACT_CHECKER, () -> review.submitForReview(storyId));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts", true));
        as("editor", Role.EDITOR, () -> review.approve(injured, "30 blessés", true));
        as("editor", Role.EDITOR, () -> review.approveStory(storyId));

        anchor("Maaret", Qualifier.EXACT, "1", QuantityKind.PLACES);

        assertThat(state()).isEqualTo(StoryState.IN_REVIEW);
    }

    @Test
    void aPublishedStoryRefusesNewFigures() {
        approveAndPublish();

        assertThatThrownBy(() -> anchor("Maaret", Qualifier.EXACT, "1", QuantityKind.PLACES))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.STORY_PUBLISHED));
        assertThat(jdbc.queryForObject("select count(*) from figure where story_id = ?", Long.class, storyId))
                .isEqualTo(2);
    }

    @Test
    void historyRecordsEachStepNewestFirst() {
        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(deaths, assertions.get(0), Relation.SUPPORTS));
        approveAndPublish();

        List<String> steps = as("viewer", Role.VIEWER, () -> review.history(storyId)).stream()
                .map(h -> h.entityType() + " " + h.action() + " " + h.after() + " by " + h.who()).toList();

        assertThat(steps).containsSubsequence(
                "STORY STATE PUBLISHED by editor",
                "STORY STATE APPROVED by editor",
                "FIGURE APPROVED APPROVED: 30 blessés by editor",
                "FIGURE APPROVED APPROVED: environ 12 morts by editor",
                "STORY STATE IN_REVIEW by factchecker",
                "FIGURE EVIDENCE_CHANGED " + assertions.get(0) + ":SUPPORTS by factchecker");
    }

    @Test
    void anUnsupportedFigureIsApprovedOnlyWithTheEditorsConfirmationWhichTheHistoryRecords() {
        assertThat(as("editor", Role.EDITOR, () -> review.needsConfirmation(deaths))).isTrue();

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts")))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.WEAK_FIGURE_UNCONFIRMED));
        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(deaths)).decision()).isNull();

        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts", true));

        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(deaths)).decision())
                .isEqualTo(Decision.APPROVED);
        assertThat(as("viewer", Role.VIEWER, () -> review.history(storyId)))
                .anySatisfy(h -> assertThat(h.action() + " " + h.after() + " by " + h.who())
                        .isEqualTo("APPROVED_DESPITE_STATUS UNSUPPORTED by editor"));
    }

    @Test
    void publishingIsRefusedWhileARejectedFigureIsStillInTheTextAndTheRefusalNamesIt() {
        as("factchecker", Role.FACT_CHECKER, () -> review.submitForReview(storyId));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts", true));
        as("editor", Role.EDITOR, () -> review.reject(injured, "Aucune source pour les blessés"));
        as("editor", Role.EDITOR, () -> review.approveStory(storyId));

        StoryReview before = as("editor", Role.EDITOR, () -> review.storyReview(storyId));
        assertThat(before.publishRefusal()).isEqualTo(Refusal.REJECTED_FIGURE_IN_TEXT);
        assertThat(before.rejectedInText()).containsExactly("30 blessés");
        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.publish(storyId)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.REJECTED_FIGURE_IN_TEXT);
                    assertThat(e.figures()).containsExactly("30 blessés");
                });
        assertThat(state()).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void aPublishedStoryRefusesEveryEditOfItsFiguresAndSuggestions() {
        approveAndPublish();

        for (Runnable edit : List.<Runnable>of(() -> stories.reextract(storyId),
                () -> stories.addFigure(storyId, TEXT.indexOf("Maaret"), TEXT.indexOf("Maaret") + 6,
                        stories.draftForSelection(storyId, TEXT.indexOf("Maaret"), TEXT.indexOf("Maaret") + 6)),
                () -> stories.editFigure(storyId, deaths, 0, stories.figureValue(storyId, deaths).draft()))) {
            assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER, edit))
                    .isInstanceOf(org.corroborate.story.StoryPublishedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from figure where story_id = ?", Long.class, storyId))
                .isEqualTo(2);
    }

    private void approveAndPublish() {
        as("factchecker", Role.FACT_CHECKER, () -> review.submitForReview(storyId));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts", true));
        as("editor", Role.EDITOR, () -> review.approve(injured, "30 blessés", true));
        as("editor", Role.EDITOR, () -> review.approveStory(storyId));
        as("editor", Role.EDITOR, () -> review.publish(storyId));
    }

    private StoryState state() {
        return as("viewer", Role.VIEWER, () -> review.storyReview(storyId)).state();
    }

    private long logLines() {
        return jdbc.queryForObject("select count(*) from change_log where story_id = ?", Long.class, storyId);
    }

    private long anchor(String quote, Qualifier qualifier, String value, QuantityKind kind) {
        return system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(qualifier, new BigDecimal(value), new BigDecimal(value), null),
                new Measure(kind, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        return RunAs.as(security, user, role, work);
    }
}
