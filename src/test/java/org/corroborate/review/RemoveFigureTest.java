package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.corroborate.RunAs;
import org.corroborate.discussion.CommentService;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.export.Exports;
import org.corroborate.figure.FigureRow;
import org.corroborate.history.HistoryEntry;
import org.corroborate.inbox.InboxService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryPublishedException;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Walk3 H12: "three" (hours) and "10" (days) accepted by mistake could not be taken back. Rejected as "Not a figure to
 * check", they held Publish back; approved, the ClaimReview export carried them as reviewed claims. Removed now, a
 * figure is gone from the figures, the standings, the exports and the review, with everything that hung on it, its
 * words stay in the text and are not suggested again, and the story's history says who removed what. Election story,
 * in English (walk3's).
 */
@SpringBootTest
class RemoveFigureTest {

    static final String TEXT = "QUITO, Nov 30 (Reuters) - Ecuador's electoral council said on Sunday that turnout was "
            + "82.3%. Some 3.4 million ballots were cast in the first three hours after polls opened at 7 a.m. At least "
            + "14 people were injured in clashes in Guayaquil, police said. The CNE has 10 days to proclaim official "
            + "results.";

    @Autowired StoryService stories;
    @Autowired ReviewService review;
    @Autowired EvidenceService evidence;
    @Autowired CommentService comments;
    @Autowired InboxService inbox;
    @Autowired Exports exports;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;

    @Test
    void aFigureRejectedAsNoFigureToCheckAndThenRemovedNoLongerHoldsPublishBackNorReachesTheExports() {
        long storyId = story();
        long hours = accept(storyId, "three");
        long days = accept(storyId, "10");
        long turnout = accept(storyId, "82.3%");
        as("editor", Role.EDITOR, () -> {
            review.reject(hours, "Not a figure to check");
            review.reject(days, "Not a figure to check");
            review.approve(turnout, "turnout of 82.3%, according to the council", true);
            review.submitForReview(storyId);
            review.approveStory(storyId);
        });
        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.publish(storyId)))
                .isInstanceOf(ReviewRefusedException.class);

        as("factchecker", Role.FACT_CHECKER, () -> {
            stories.removeFigure(storyId, hours);
            stories.removeFigure(storyId, days);
        });

        assertThat(as("factchecker", Role.FACT_CHECKER, () -> stories.details(storyId)).orElseThrow().figures())
                .extracting(FigureRow::quote).containsExactly("82.3%");
        assertThat(state(storyId)).as("the rejected figures' removal leaves the approval as it was")
                .isEqualTo(StoryState.APPROVED);
        assertThat(as("editor", Role.EDITOR, () -> review.storySteps(storyId)).publishRefusal()).isNull();
        QueuedStandings.awaitAll(context);
        assertThat(system.call(() -> evidence.storyStandings(storyId)).statusByFigure().keySet())
                .containsExactly(turnout);
        String csv = system.call(() -> exports.figuresCsv(storyId, false, Locale.ENGLISH));
        assertThat(csv.lines().skip(1).map(line -> line.split(",")[0])).as("the quotes exported")
                .containsExactly("82.3%");

        as("editor", Role.EDITOR, () -> review.publish(storyId));

        assertThat(state(storyId)).isEqualTo(StoryState.PUBLISHED);
        StoryHistory history = as("editor", Role.EDITOR, () -> review.storyHistory(storyId));
        List<HistoryEntry> removals = history.entries().stream().filter(e -> "REMOVED".equals(e.action())).toList();
        assertThat(removals).extracting(HistoryEntry::entityId).containsExactly(days, hours);
        assertThat(removals).extracting(HistoryEntry::who).containsOnly("factchecker");
        assertThat(removals.getLast().before()).as("the value it had").startsWith("3 · DURATION");
        assertThat(history.figureQuotes()).as("a removed figure is named by its words")
                .containsEntry(hours, "three").containsEntry(days, "10");
    }

    @Test
    void aRemovedFigureTakesItsEvidenceStandingDecisionValuesCommentsAndAssignmentWithItInOneGo() {
        long storyId = story();
        long injured = accept(storyId, "14");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long assertionId = jdbc.queryForObject("select min(id) from assertion", Long.class);
        system.run(() -> {
            evidence.link(injured, assertionId, Relation.CONTEXT);
            comments.comment(storyId, injured, "Police or hospital count?");
            inbox.assign(storyId, injured, "factchecker");
        });
        QueuedStandings.derive(context, injured);
        as("editor", Role.EDITOR, () -> review.reject(injured, "Not a figure to check"));

        as("factchecker", Role.FACT_CHECKER, () -> stories.removeFigure(storyId, injured));

        for (String table : List.of("figure", "evidence", "figure_standing", "figure_approval", "figure_revision",
                "comment", "assignment")) {
            String column = table.equals("figure") ? "id" : "figure_id";
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class,
                    injured)).as(table).isZero();
        }
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> stories.figure(storyId, injured))).isEmpty();
    }

    @Test
    void theRemovedFiguresWordsStayInTheTextAndAreNotSuggestedAgain() {
        long storyId = story();
        long hours = accept(storyId, "three");

        as("factchecker", Role.FACT_CHECKER, () -> stories.removeFigure(storyId, hours));
        as("factchecker", Role.FACT_CHECKER, () -> stories.reextract(storyId));

        assertThat(system.call(() -> stories.text(storyId))).isEqualTo(TEXT);
        assertThat(system.call(() -> stories.suggestions(storyId))).extracting(s -> s.quote())
                .doesNotContain("three").contains("10");
    }

    /** The walk's way out before: approving the mistaken figure, which ClaimReview then carried as a reviewed claim. */
    @Test
    void removingAFigureApprovedByMistakeSendsTheApprovedStoryBackToReviewAndTakesItOutOfClaimReview() {
        long storyId = story();
        long turnout = accept(storyId, "82.3%");
        long hours = accept(storyId, "three");
        as("editor", Role.EDITOR, () -> {
            review.approve(turnout, "turnout of 82.3%, according to the council", true);
            review.approve(hours, "three", true);
            review.submitForReview(storyId);
            review.approveStory(storyId);
        });
        assertThat(claimReview(storyId)).contains("name=three");

        as("factchecker", Role.FACT_CHECKER, () -> stories.removeFigure(storyId, hours));

        assertThat(state(storyId)).as("what the editor signed off changed").isEqualTo(StoryState.IN_REVIEW);
        assertThat(as("editor", Role.EDITOR, () -> review.storyReview(storyId)).figures())
                .extracting(FigureReview::figureId).containsExactly(turnout);
        as("editor", Role.EDITOR, () -> review.approveStory(storyId));
        assertThat(claimReview(storyId)).contains("name=82.3%").doesNotContain("name=three");
    }

    private String claimReview(long storyId) {
        return system.call(() -> exports.claimReview(storyId, "https://example.org/story", "Desk", Locale.ENGLISH))
                .toString();
    }

    @Test
    void aPublishedStorysFigureIsNotRemovedAndAViewerRemovesNone() {
        long storyId = story();
        long turnout = accept(storyId, "82.3%");
        as("editor", Role.EDITOR, () -> {
            review.approve(turnout, "turnout of 82.3%, according to the council", true);
            review.submitForReview(storyId);
            review.approveStory(storyId, true);
            review.publish(storyId);
        });

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> stories.removeFigure(storyId, turnout)))
                .isInstanceOf(StoryPublishedException.class);
        assertThatThrownBy(() -> as("viewer", Role.VIEWER, () -> stories.removeFigure(storyId, turnout)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as("editor", Role.EDITOR, () -> stories.figure(storyId, turnout))).isPresent();
        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(turnout)).decision())
                .isEqualTo(Decision.APPROVED);
    }

    @Test
    void aFigureOfAnotherStoryIsNotRemovedThroughThisOne() {
        long storyId = story();
        long other = story();
        long hours = accept(other, "three");

        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER, () -> stories.removeFigure(storyId, hours)))
                .isInstanceOf(java.util.NoSuchElementException.class);

        assertThat(as("factchecker", Role.FACT_CHECKER, () -> stories.figure(other, hours))).isPresent();
    }

    private long story() {
        return system.call(() -> stories.create("Ecuador vote " + UUID.randomUUID(), "en", TEXT));
    }

    private long accept(long storyId, String quote) {
        return system.call(() -> stories.accept(storyId, stories.suggestions(storyId).stream()
                .filter(s -> (" " + s.quote() + " ").contains(" " + quote + " ")).findFirst().orElseThrow(
                        () -> new AssertionError("no suggestion " + quote + " in " + stories.suggestions(storyId)))
                .id(), null));
    }

    private StoryState state(long storyId) {
        return system.call(() -> stories.ref(storyId).orElseThrow().state());
    }

    private <T> T as(String user, Role role, java.util.function.Supplier<T> work) {
        return RunAs.as(security, user, role, work);
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }
}
