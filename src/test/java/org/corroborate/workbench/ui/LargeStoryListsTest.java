package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A story with hundreds of suggestions lists them a page at a time (issue 14: 10 000 entries built at once), and a
 * decision on one changes its entry and its mark alone (issue 14: the whole text was built again).
 */
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
        int page = FigureSuggestionList.PAGE;
        assertThat(view.suggestions.more.getText()).isEqualTo("Show " + page + " more (" + (total - page)
                + " not shown)");

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

    @Test
    @WithUserDetails("factchecker")
    void acceptingASuggestionChangesItsMarkAloneNotTheWholeText() {
        StoryView view = navigate(StoryView.class, system.call(() -> story(250)));
        roundTrip();
        HighlightedText text = view.text;
        assertThat(text.wholeRenders()).as("written once, when the view opened").isEqualTo(1);
        FigureSuggestionRow first = view.suggestions.items().getFirst().row;
        int marks = text.shown().size();

        test(view.suggestions.items().getFirst().accept).click();
        roundTrip();

        FigureRow figure = test(view.figures).getRow(0);
        assertThat(view.text).as("the same text, not a new one").isSameAs(text);
        assertThat(text.wholeRenders()).as("not written again").isEqualTo(1);
        assertThat(text.shown()).hasSize(marks).noneMatch(mark -> mark.id() == -first.id())
                .anySatisfy(mark -> {
                    assertThat(mark.id()).isEqualTo(figure.id());
                    assertThat(mark.text()).isEqualTo(first.quote());
                    assertThat(mark.classes()).doesNotContain("suggestion");
                });
        assertThat(view.suggestions.rows()).doesNotContain(first);
    }

    @Test
    @WithUserDetails("factchecker")
    void dismissingASuggestionTakesOutItsMarkAlone() {
        StoryView view = navigate(StoryView.class, system.call(() -> story(120)));
        roundTrip();
        HighlightedText text = view.text;
        FigureSuggestionRow first = view.suggestions.items().getFirst().row;
        int marks = text.shown().size();

        test(view.suggestions.items().getFirst().dismiss).click();
        roundTrip();

        assertThat(view.text).isSameAs(text);
        assertThat(text.wholeRenders()).isEqualTo(1);
        assertThat(text.shown()).hasSize(marks - 1).noneMatch(mark -> mark.id() == -first.id());
        assertThat(view.suggestions.rows()).hasSize(marks - 1).doesNotContain(first);
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
