package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll and the next quantity in one sentence: the subject stops before the words that open the next number ("2 012
 * morts et plus de 2 000 blessés" counts "morts", not "morts et plus", whose stray term made the ministry's own "2 012
 * morts" a different subject, walker F26/F28), and a weekday after the verb is not the source ("a annoncé lundi le
 * ministère de l'Intérieur", F30). Each row: text, language, the figure's quote, the subject read, the source named.
 */
class TollSentencesTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le séisme a fait au moins 2 012 morts et plus de 2 000 blessés, selon le ministère de l'Intérieur. | fr | au moins 2 012 | morts | le ministère de l'Intérieur",
        "Les inondations ont fait 73 morts et environ 400 disparus, selon la protection civile.             | fr | 73 | morts | la protection civile",
        "Le dernier bilan fait état de 2 946 morts, a annoncé lundi le ministère de l'Intérieur.           | fr | 2 946 | morts | le ministère de l'Intérieur",
        "Plus de 300 000 personnes ont été affectées, a indiqué samedi l'Organisation mondiale de la santé.   | fr | Plus de 300 000 | personnes | l'Organisation mondiale de la santé",
        "The quake killed 1,541 people and more than 9,000 were injured, AFAD said.                      | en | 1,541 | people | AFAD",
        "Floods left 242 dead and nearly 1,500 injured, according to the disaster agency.                 | en | 242 | dead | the disaster agency",
    })
    void readsTheSubjectUpToTheNextQuantityAndTheSourceWithoutItsDay(String text, String language, String quote,
            String subject, String source) {
        Extraction found = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH);
        ExtractedFigure first = found.figures().getFirst();
        assertEquals(quote, first.quote(), text);
        assertEquals(subject, first.subject(), text);
        assertEquals(source, first.attribution() == null ? null : first.attribution().mention(), text);
    }
}
