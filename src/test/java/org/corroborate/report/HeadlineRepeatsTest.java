package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.corroborate.extraction.ExtractedFigure;
import org.corroborate.extraction.FigureExtractor;
import org.junit.jupiter.api.Test;

/**
 * Walk F30: a report's headline that repeats its body's number is one claim, not two: the headline's figure is left to
 * the body's; a headline number the body does not repeat stays.
 */
class HeadlineRepeatsTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @Test
    void aFrenchHeadlineRepeatingTheBodysTollIsLeftToTheBody() {
        String text = """
                Le bilan du séisme s'alourdit à 2 946 morts

                RABAT, 11 septembre 2023 - Le dernier bilan fait état de 2 946 morts et de 5 674 blessés, a annoncé \
                lundi le ministère de l'Intérieur.""";

        assertThat(quotes(text, Locale.FRENCH)).containsExactly("2 946", "5 674");
        assertThat(HeadlineRepeats.leftToTheBody(text, EXTRACTOR.extract(text, Locale.FRENCH).figures()).getFirst()
                .start()).isGreaterThan(text.indexOf('\n'));
    }

    @Test
    void anEnglishHeadlineRepeatsTheBodysNumberWhateverItsQualifier() {
        String text = """
                Idai: death toll rises to 417 in Mozambique

                MAPUTO, March 22 (Reuters) - At least 417 people have died in Mozambique since Cyclone Idai made \
                landfall, the disaster agency said on Friday, and 128,000 are sheltering in camps.""";

        assertThat(quotes(text, Locale.ENGLISH)).containsExactly("At least 417", "128,000");
    }

    @Test
    void aHeadlineNumberTheBodyDoesNotRepeatStays() {
        String text = """
                Maroc : l'OMS estime à 300 000 le nombre de personnes affectées

                GENÈVE, 9 septembre 2023 - Le séisme a fait plus de 2 000 morts, a indiqué samedi l'Organisation \
                mondiale de la santé.""";

        assertThat(quotes(text, Locale.FRENCH)).containsExactly("300 000", "plus de 2 000");
    }

    @Test
    void aHeadlineRepeatingANumberOfAnotherKindStays() {
        String text = """
                Floods: 1,200 homes destroyed in Sofala

                BEIRA, March 19 (Reuters) - About 1,200 people were injured when the floods reached Beira, the \
                Red Cross said.""";

        assertThat(quotes(text, Locale.ENGLISH)).containsExactly("1,200", "About 1,200");
    }

    @Test
    void aTextWithoutAHeadlineKeepsEveryFigure() {
        String text = "Au moins 12 civils ont été tués jeudi, selon l'OSDH, qui fait état de 12 civils tués à Idleb.";

        assertThat(quotes(text, Locale.FRENCH)).containsExactly("Au moins 12", "12");
    }

    private static List<String> quotes(String text, Locale language) {
        return HeadlineRepeats.leftToTheBody(text, EXTRACTOR.extract(text, language).figures()).stream()
                .map(ExtractedFigure::quote).toList();
    }
}
