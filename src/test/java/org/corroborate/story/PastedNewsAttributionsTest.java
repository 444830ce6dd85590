package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A pasted English story and a pasted French one, not the seed (the new-user walk, F1, F2, F3, F33): each suggestion
 * says who it is attributed to, resolved against the registered sources, and what it counts.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class PastedNewsAttributionsTest {

    private static final String ENGLISH = """
            BEIRA, Mozambique (Reuters) - Floods after the storm have affected at least 400,000 people in the \
            central provinces, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Tuesday, \
            and some 20,000 people are sheltering in 35 accommodation centres.

            The World Bank announced $30 million in emergency funding, while the UN released $15 million from its \
            emergency fund.""";

    private static final String FRENCH = """
            NIAMEY (AFP) - Les inondations ont fait au moins 54 morts et plus de 200 000 sinistrés depuis juin, a \
            indiqué mardi le Bureau de la coordination des affaires humanitaires (Ocha). Près de 9 000 maisons se \
            sont effondrées, selon un bilan de l'Unicef.""";

    @Autowired
    StoryService stories;

    @Autowired
    SourceService sources;

    @Test
    void anEnglishStoryGivesEachFigureTheSourceItsClauseNamesAndCountsAffectedPeopleApart() {
        List<FigureSuggestionRow> found = stories.suggestions(stories.create(title(), "en", ENGLISH));

        FigureSuggestionRow affected = quote(found, "at least 400,000");
        assertThat(affected.kind()).isEqualTo(QuantityKind.AFFECTED);
        assertThat(affected.attributionMention())
                .isEqualTo("the UN Office for the Coordination of Humanitarian Affairs (OCHA)");
        assertThat(affected.sourceId()).isEqualTo(id("ocha"));
        assertThat(quote(found, "some 20,000").kind()).isEqualTo(QuantityKind.DISPLACED);
        assertThat(quote(found, "35").kind()).isEqualTo(QuantityKind.OTHER);
        assertThat(quote(found, "$30 million").attributionMention()).isEqualTo("The World Bank");
        assertThat(quote(found, "$15 million").sourceId()).isEqualTo(id("un"));
    }

    @Test
    void aFrenchStoryResolvesTheSourceAfterItsWeekdayAndCountsHousesAsThings() {
        List<FigureSuggestionRow> found = stories.suggestions(stories.create(title(), "fr", FRENCH));

        assertThat(quote(found, "au moins 54").sourceId()).isEqualTo(id("ocha"));
        FigureSuggestionRow affected = quote(found, "plus de 200 000");
        assertThat(affected.kind()).isEqualTo(QuantityKind.AFFECTED);
        assertThat(affected.sourceId()).isEqualTo(id("ocha"));
        FigureSuggestionRow houses = quote(found, "Près de 9 000");
        assertThat(houses.kind()).isEqualTo(QuantityKind.OTHER);
        assertThat(houses.attributionMention()).isEqualTo("l'Unicef");
        assertThat(houses.sourceId()).isEqualTo(id("unicef"));
    }

    private Long id(String key) {
        return sources.findByKey(key).orElseThrow().getId();
    }

    private static FigureSuggestionRow quote(List<FigureSuggestionRow> found, String quote) {
        return found.stream().filter(s -> s.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion \"" + quote + "\" in " + found));
    }

    private static String title() {
        return "Floods " + UUID.randomUUID();
    }
}
