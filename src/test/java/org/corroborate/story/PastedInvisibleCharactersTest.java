package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureSuggestionRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A story pasted from a web page with invisible characters in it (walker F33): each toll is suggested once, whole,
 * anchored to the words as the story stores them, and an Arabic word quoted beside a number says what it counts; a
 * title is stored without the control that showed it reversed.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class PastedInvisibleCharactersTest {

    private static final String FRENCH = "MARRAKECH (AFP) - Le séisme a fait 2\u200B012 morts, selon le ministère de "
            + "l'Intérieur. Des centaines de milliers de personnes sont sans abri, et la télévision qatarie "
            + "annonçait samedi « \u200Fجرحى 2\u2009059\u200F ».";

    private static final String ENGLISH = "BEIRA, Mozambique (Reuters) - The cyclone killed at least 4\u206017 people "
            + "and 1\u00AD500 were injured, the country's disaster agency said on Sunday.";

    @Autowired
    StoryService stories;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFrenchTollSplitByAZeroWidthSpaceIsOneFigureAndTheArabicWoundedAreInjured() {
        String text = FRENCH;
        List<FigureSuggestionRow> found = stories.suggestions(stories.create(title(), "fr", text));

        FigureSuggestionRow toll = quote(found, "2\u200B012");
        assertThat(toll.low()).isEqualByComparingTo(new BigDecimal("2012"));
        assertThat(toll.kind()).isEqualTo(QuantityKind.DEATHS);
        assertThat(text.substring(toll.start(), toll.end())).isEqualTo("2\u200B012");
        assertThat(found).noneMatch(s -> s.quote().equals("012") || s.quote().equals("2"));

        FigureSuggestionRow wounded = quote(found, "2\u2009059");
        assertThat(wounded.low()).isEqualByComparingTo(new BigDecimal("2059"));
        assertThat(wounded.kind()).isEqualTo(QuantityKind.INJURED);
    }

    @Test
    void anEnglishTollSplitByAWordJoinerIsOneFigureWithItsSource() {
        List<FigureSuggestionRow> found = stories.suggestions(stories.create(title(), "en", ENGLISH));

        FigureSuggestionRow toll = quote(found, "at least 4\u206017");
        assertThat(toll.low()).isEqualByComparingTo(new BigDecimal("417"));
        assertThat(toll.kind()).isEqualTo(QuantityKind.DEATHS);
        assertThat(toll.attributionMention()).isEqualTo("the country's disaster agency");
        FigureSuggestionRow injured = quote(found, "1\u00AD500");
        assertThat(injured.low()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(injured.kind()).isEqualTo(QuantityKind.INJURED);
    }

    @Test
    void aTitleTypedWithARightToLeftOverrideIsStoredAsItReads() {
        String title = title();
        long id = stories.create("\u202E" + title, "fr", FRENCH);

        assertThat(jdbc.queryForObject("select title from story where id = ?", String.class, id)).isEqualTo(title);
    }

    private static FigureSuggestionRow quote(List<FigureSuggestionRow> found, String quote) {
        return found.stream().filter(s -> s.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion \"" + quote + "\" in " + found));
    }

    private static String title() {
        return "Séisme " + UUID.randomUUID();
    }
}
