package org.corroborate.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walk F37, as the editor sees it: Approve story on a story whose lead toll's suggestion was dismissed asks first,
 * naming the toll, in the UI's language; going back leaves the story in review, confirming approves it.
 */
@SpringBootTest
@WithUserDetails("editor")
class DismissedTollsPanelTest extends SpringBrowserlessTest {

    @Autowired
    StoryService stories;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ApplicationContext context;

    @Test
    void approvingAsksFirstNamingTheUncheckedTollAndConfirmingApproves() {
        long storyId = inReview("en", "MAPUTO, March 22 (Reuters) - Cyclone Idai has killed at least 417 people in "
                + "Mozambique, the disaster agency said.", "at least 417");
        ReviewPanel panel = panel(storyId);

        test(panel.bar.approve).click();

        assertThat(panel.confirmDismissed.isOpened()).isTrue();
        assertThat(panel.confirmDismissed.getElement().getProperty("message"))
                .startsWith("The text states tolls that nobody checks").contains("“at least 417”");
        assertThat(review.storyReview(storyId).state()).isEqualTo(StoryState.IN_REVIEW);

        test(panel.confirmDismissed).confirm();

        assertThat(review.storyReview(storyId).state()).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void inFrenchTheQuestionIsFrenchAndGoingBackLeavesTheStoryInReview() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        long storyId = inReview("fr", "Le séisme a fait au moins 2 946 morts, a annoncé lundi le ministère de "
                + "l'Intérieur.", "au moins 2 946");
        ReviewPanel panel = panel(storyId);

        test(panel.bar.approve).click();

        assertThat(panel.confirmDismissed.getElement().getProperty("header"))
                .isEqualTo("Approuver l’article avec des bilans non vérifiés\u00a0?");
        assertThat(panel.confirmDismissed.getElement().getProperty("message"))
                .startsWith("Le texte donne des bilans que personne ne vérifie").contains("« au moins 2 946 »");
        test(panel.confirmDismissed).cancel();

        assertThat(review.storyReview(storyId).state()).isEqualTo(StoryState.IN_REVIEW);
    }

    private long inReview(String language, String text, String dismissed) {
        return system.call(() -> {
            long id = stories.create("Panel tolls " + UUID.randomUUID(), language, text);
            stories.dismiss(id, stories.suggestions(id).stream().filter(s -> s.quote().equals(dismissed))
                    .findFirst().orElseThrow().id());
            review.submitForReview(id);
            return id;
        });
    }

    private ReviewPanel panel(long storyId) {
        ReviewPanel panel = context.getBean(ReviewPanel.class);
        panel.forStory(storyId, new Grid<>());
        getCurrentView().getElement().appendChild(panel.getElement());
        return panel;
    }
}
