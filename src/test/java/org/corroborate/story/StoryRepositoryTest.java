package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class StoryRepositoryTest {

    @Autowired
    StoryRepository stories;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aStoryRoundTripsAsADraft() {
        Long id = tx.execute(s -> stories.save(Story.draft("Bilan à Idleb", "fr", "Plus de 300 morts.", "tester")).getId());

        Story loaded = tx.execute(s -> stories.findById(id).orElseThrow());

        assertThat(loaded.getTitle()).isEqualTo("Bilan à Idleb");
        assertThat(loaded.getLanguage()).isEqualTo("fr");
        assertThat(loaded.getBody()).isEqualTo("Plus de 300 morts.");
        assertThat(loaded.getState()).isEqualTo(StoryState.DRAFT);
        assertThat(loaded.getVersion()).isZero();
    }

    @Test
    void datingThePublicationBumpsTheVersion() {
        Long id = tx.execute(s -> stories.save(Story.draft("Versions", "en", "Some 60,000 fled.", "tester")).getId());

        Story changed = tx.execute(s -> {
            Story story = stories.findById(id).orElseThrow();
            story.datePublication(java.time.Instant.parse("2019-12-24T18:00:00Z"));
            return story;
        });

        assertThat(changed.getVersion()).isEqualTo(1);
    }

    @Test
    void aDraftWithoutTitleOrTextIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> Story.draft(" ", "fr", "", "tester"))
                .isInstanceOfSatisfying(InvalidStoryException.class, e -> assertThat(e.problems())
                        .containsExactly("story.error.title-required", "story.error.text-required"));
    }

    @Test
    void aTextOverOneMegabyteIsRefused() {
        String tooLong = "é".repeat(StoryRules.MAX_TEXT_BYTES / 2 + 1);

        assertThat(StoryRules.problems("Titre", "fr", tooLong)).containsExactly("story.error.text-too-long");
        assertThat(StoryRules.problems("Titre", "fr", "é".repeat(StoryRules.MAX_TEXT_BYTES / 2))).isEmpty();
    }
}
