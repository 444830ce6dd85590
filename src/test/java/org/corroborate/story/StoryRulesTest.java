package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.corroborate.review.Decision;
import org.junit.jupiter.api.Test;

class StoryRulesTest {

    @Test
    void storyApprovalIsRefusedWhileAFigureIsUnreviewed() {
        assertThat(StoryRules.approve(StoryState.IN_REVIEW, Decision.allSettled(Arrays.asList(Decision.APPROVED, null))))
                .contains(Refusal.FIGURES_UNREVIEWED);
    }

    @Test
    void storyApprovalIsRefusedWhileAnApprovalLapsed() {
        assertThat(StoryRules.approve(StoryState.IN_REVIEW, Decision.allSettled(Arrays.asList(Decision.APPROVED, Decision.LAPSED))))
                .contains(Refusal.FIGURES_UNREVIEWED);
    }

    @Test
    void storyApprovalIsAllowedWhenEveryFigureIsApprovedOrRejected() {
        assertThat(StoryRules.approve(StoryState.IN_REVIEW, Decision.allSettled(Arrays.asList(Decision.APPROVED, Decision.REJECTED))))
                .isEmpty();
    }

    @Test
    void onlyAStoryInReviewCanBeApproved() {
        assertThat(StoryRules.approve(StoryState.DRAFT, Decision.allSettled(Arrays.asList(Decision.APPROVED))))
                .contains(Refusal.NOT_IN_REVIEW);
    }

    @Test
    void publishRequiresAnApprovedStory() {
        assertThat(StoryRules.publish(StoryState.IN_REVIEW, false)).contains(Refusal.NOT_APPROVED);
        assertThat(StoryRules.publish(StoryState.APPROVED, false)).isEmpty();
        assertThat(StoryRules.publish(StoryState.APPROVED, true)).contains(Refusal.REJECTED_FIGURE_IN_TEXT);
    }

    @Test
    void aStoryInReviewCannotBePublished() {
        Story story = Story.draft("Idlib", "fr", "Environ 260 morts.", "factchecker");
        story.submitForReview();

        assertThatThrownBy(() -> story.publish(Instant.now())).isInstanceOf(IllegalStateException.class);
        assertThat(story.getState()).isEqualTo(StoryState.IN_REVIEW);
    }

    @Test
    void anApprovedStoryIsPublishedAndDatedThenReopenedForReview() {
        Story story = Story.draft("Idlib", "fr", "Environ 260 morts.", "factchecker");
        story.submitForReview();
        story.approve();

        story.publish(Instant.parse("2019-12-24T18:00:00Z"));
        assertThat(story.getState()).isEqualTo(StoryState.PUBLISHED);
        assertThat(story.getPublishedAt()).isEqualTo(Instant.parse("2019-12-24T18:00:00Z"));

        story.reopen();
        assertThat(story.getState()).isEqualTo(StoryState.IN_REVIEW);
    }

    @Test
    void aPublishedStoryLocksItsFigures() {
        assertThat(StoryRules.changeFigures(StoryState.PUBLISHED)).contains(Refusal.STORY_PUBLISHED);
        assertThat(StoryRules.changeFigures(StoryState.IN_REVIEW)).isEmpty();
    }

    /** Walk F33: a title typed with a right-to-left override was stored and listed backwards. */
    @Test
    void aTitleIsStoredWithoutTheControlsThatReverseIt() {
        assertThat(StoryRules.title(" \u202EIdai : le bilan s'alourdit\u202C ")).isEqualTo("Idai : le bilan s'alourdit");
        assertThat(StoryRules.title("\u2067Séisme au Maroc\u2069")).isEqualTo("Séisme au Maroc");
        assertThat(StoryRules.problems("\u202E", "fr", "Au moins 12 morts.")).contains("story.error.title-required");
    }
}
