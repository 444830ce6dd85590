package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What a fact-checker reads under each suggestion of a pasted story (the new-user walk, F1, F2, F3): the kind in the
 * interface's language and the registered source the sentence's clause names, through its acronym or after a weekday.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class PastedStorySuggestionsTest extends SpringBrowserlessTest {

    private static final String ENGLISH = "Floods have affected at least 400,000 people in Sofala, the UN Office for the "
            + "Coordination of Humanitarian Affairs (OCHA) said. The World Bank announced $30 million in emergency "
            + "funding, while the UN released $15 million.";

    private static final String FRENCH = "Les inondations ont fait plus de 200 000 sinistrés depuis juin, a indiqué "
            + "mardi le Bureau de la coordination des affaires humanitaires (Ocha). Près de 9 000 maisons se sont "
            + "effondrées, selon un bilan de l'Unicef.";

    @Autowired
    StoryService stories;

    @Test
    void anEnglishSuggestionSaysAffectedAndTheSourceOfItsOwnClause() {
        StoryView view = navigate(StoryView.class, stories.create("Sofala " + UUID.randomUUID(), "en", ENGLISH));

        assertThat(reading(view, "at least 400,000")).contains("· affected ·").contains("attributed to UN OCHA");
        assertThat(reading(view, "$30 million")).contains("attributed to \"The World Bank\" (not a registered source)");
        assertThat(reading(view, "$15 million")).contains("attributed to United Nations");
    }

    @Test
    void aFrenchSuggestionSaysSinistresAndTheSourceAfterTheWeekday() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        StoryView view = navigate(StoryView.class, stories.create("Niger " + UUID.randomUUID(), "fr", FRENCH));

        assertThat(reading(view, "plus de 200 000")).contains("· sinistrés ·").contains("attribué à UN OCHA");
        assertThat(reading(view, "Près de 9 000")).contains("· autre ·").contains("attribué à UNICEF");
    }

    private static String reading(StoryView view, String quote) {
        return view.suggestions.items().stream().filter(i -> i.row.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion " + quote)).getElement().getTextRecursively();
    }
}
