package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A story with hundreds of suggestions lists them a page at a time (issue 14: 10 000 entries built at once). */
@SpringBootTest
class LargeStoryListsTest extends SpringBrowserlessTest {

    private static final String[] PLACES = {"Alep", "Idleb", "Hama", "Saraqeb", "Ariha"};

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Test
    @WithUserDetails("factchecker")
    void suggestionsAreShownAPageAtATimeAndDecidingKeepsThePagesShown() {
        StoryView view = navigate(StoryView.class, system.call(() -> story(250)));
        int total = view.suggestions.rows().size();
        assertThat(total).isGreaterThan(2 * FigureSuggestionList.PAGE);

        assertThat(view.suggestions.items()).hasSize(FigureSuggestionList.PAGE);
        assertThat(view.suggestions.more.isVisible()).isTrue();
        assertThat(view.suggestions.more.getText()).isEqualTo("Show 100 more (" + (total - 100) + " not shown)");

        test(view.suggestions.more).click();
        assertThat(view.suggestions.items()).hasSize(2 * FigureSuggestionList.PAGE);

        FigureSuggestionRow first = view.suggestions.items().getFirst().row;
        test(view.suggestions.items().getFirst().accept).click();
        assertThat(view.suggestions.rows()).hasSize(total - 1).doesNotContain(first);
        assertThat(view.suggestions.items()).as("the pages shown stay shown").hasSize(2 * FigureSuggestionList.PAGE);
        assertThat(test(view.figures).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("factchecker")
    void aSuggestionRevealedFromTheTextIsShownWhereverItIs() {
        StoryView view = navigate(StoryView.class, system.call(() -> story(250)));
        FigureSuggestionRow last = view.suggestions.rows().getLast();

        view.suggestions.reveal(last.id());

        assertThat(view.suggestions.items()).anySatisfy(item -> {
            assertThat(item.row).isEqualTo(last);
            assertThat(item.hasClassName("selected")).isTrue();
        });
        assertThat(view.suggestions.more.isAttached()).isFalse();
    }

    /** A long wire story: one figure a sentence, each with its own number and place. */
    private long story(int figures) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < figures; i++) {
            text.append("À ").append(PLACES[i % PLACES.length]).append(", ").append(10 + i)
                    .append(" civils ont été tués, selon l'ONU. ");
        }
        return stories.create("Bilan " + UUID.randomUUID(), "fr", text.toString());
    }
}
