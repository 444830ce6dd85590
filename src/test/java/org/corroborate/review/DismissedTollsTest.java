package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.corroborate.RunAs;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Walk F37: with the suggestion of its lead toll dismissed, a story was approved with that toll unchecked and not a
 * word said. Approving it now needs the editor's confirmation, which names the tolls and is recorded; a dismissed
 * count of things (houses, centres) does not stand in the way.
 */
@SpringBootTest
class DismissedTollsTest {

    @Autowired
    ReviewService review;

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void anEnglishStoryWithItsLeadTollDismissedIsApprovedOnlyOnceTheEditorConfirms() {
        long storyId = inReview("en", "BEIRA, March 22 (Reuters) - Cyclone Idai has killed at least 417 people in "
                + "Mozambique, the disaster agency said, and 35 accommodation centres are open.", "at least 417", "35");

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.approveStory(storyId)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.DISMISSED_TOLLS_UNCONFIRMED);
                    assertThat(refused.figures()).containsExactly("at least 417");
                });
        assertThat(state(storyId)).isEqualTo(StoryState.IN_REVIEW);

        as("editor", Role.EDITOR, () -> review.approveStory(storyId, true));

        assertThat(state(storyId)).isEqualTo(StoryState.APPROVED);
        assertThat(as("editor", Role.EDITOR, () -> review.history(storyId)))
                .anySatisfy(h -> assertThat(h.action() + " " + h.after())
                        .isEqualTo("APPROVED_DESPITE_DISMISSED at least 417"));
    }

    @Test
    void aFrenchStoryWithOnlyACountOfHousesDismissedIsApprovedAtOnce() {
        long storyId = inReview("fr", "Selon le ministère de l'Intérieur, près de 50 000 maisons ont été "
                + "endommagées par le séisme.", "près de 50 000");

        as("editor", Role.EDITOR, () -> review.approveStory(storyId));

        assertThat(state(storyId)).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void aFrenchStoryWithItsTollDismissedNamesItInTheRefusal() {
        long storyId = inReview("fr", "Le séisme a fait au moins 2 946 morts, a annoncé le ministère de l'Intérieur, "
                + "et près de 50 000 maisons ont été endommagées.", "au moins 2 946", "près de 50 000");

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.approveStory(storyId)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.figures()).containsExactly("au moins 2 946"));
    }

    /** A story with every suggestion named dismissed and no figure, handed over for review. */
    private long inReview(String language, String text, String... dismissed) {
        return system.call(() -> {
            long id = stories.create("Tolls " + UUID.randomUUID(), language, text);
            List<FigureSuggestionRow> found = stories.suggestions(id);
            for (String quote : dismissed) {
                stories.dismiss(id, found.stream().filter(s -> s.quote().equals(quote)).findFirst()
                        .orElseThrow(() -> new AssertionError("no suggestion " + quote + " in " + found)).id());
            }
            review.submitForReview(id);
            return id;
        });
    }

    private StoryState state(long storyId) {
        return as("viewer", Role.VIEWER, () -> review.storyReview(storyId)).state();
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        return RunAs.as(security, user, role, work);
    }
}
