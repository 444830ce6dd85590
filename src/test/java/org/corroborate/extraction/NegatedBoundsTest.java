package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A negated verb before a bound turns it round: « il n'était pas tombé plus de 10 millimètres de pluie » was read as
 * "more than 10 mm" and exported with minValue 10 (third walk of 5 December 2026, H4). Each row: the text, its
 * language, and its first figure: quote, qualifier, stated low and high (empty: open).
 */
class NegatedBoundsTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Selon Météo-France, il n'était pas tombé plus de 10 millimètres de pluie depuis mai.   | fr | pas tombé plus de 10 millimètres | AT_MOST  |    | 10",
        "Il n'y a pas eu plus de 5 morts, selon la police.                                      | fr | pas eu plus de 5                 | AT_MOST  |    | 5",
        "Le vent n'a jamais dépassé les 90 km/h, selon Météo-France.                            | fr | jamais dépassé les 90 km/h       | AT_MOST  |    | 90",
        "L'incendie n'a pas fait moins de 12 blessés, selon les pompiers.                       | fr | pas fait moins de 12             | AT_LEAST | 12 |",
        "Rainfall did not exceed 10 mm, the agency said.                                        | en | not exceed 10 mm                 | AT_MOST  |    | 10",
        "It had not rained more than 10 mm since May.                                           | en | not rained more than 10 mm       | AT_MOST  |    | 10",
        "Inflation hasn't topped 40% since 2022, the central bank said.                         | en | hasn't topped 40%                | AT_MOST  |    | 40",
        "The fire did not kill fewer than 12 people, the coroner said.                          | en | not kill fewer than 12           | AT_LEAST | 12 |",
        "It didn't rain more than 10 mm in August, the agency said.                             | en | didn't rain more than 10 mm      | AT_MOST  |    | 10",
        "There were not more than 10 deaths, police said.                                       | en | not more than 10                 | AT_MOST  |    | 10",
        "La société assure qu'il n'y a pas plus de 3 tonnes de solvant dans le Rhône.          | fr | pas plus de 3 tonnes             | AT_MOST  |    | 3",
    })
    void readsTheBoundTurnedRound(String text, String language, String quote, Qualifier qualifier, String low,
                                  String high) {
        ExtractedFigure figure = first(text, language);
        assertEquals(quote, figure.quote(), text);
        assertEquals(qualifier, figure.qualifier(), text);
        assertEquals(low == null ? null : Integer.valueOf(low), figure.low() == null ? null : figure.low().intValueExact(), text);
        assertEquals(high == null ? null : Integer.valueOf(high), figure.high() == null ? null : figure.high().intValueExact(), text);
    }

    /** A negation that belongs to another clause or verb leaves the bound as stated. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The police did not say whether more than 10 people were hurt.                          | en | more than 10   | MORE_THAN",
        "It is not the first time that more than 100 homes have burnt.                          | en | more than 100  | MORE_THAN",
        "Ce n'est pas la première fois que plus de 100 maisons brûlent dans le département.      | fr | plus de 100    | MORE_THAN",
        "Ils ne sont pas seulement plus de 200 à manifester, selon le syndicat.                   | fr | plus de 200    | MORE_THAN",
        "Not far away, more than 300 people were evacuated.                                      | en | more than 300  | MORE_THAN",
        "Officials did not confirm reports that over 100 people had died.                         | en | over 100       | MORE_THAN",
        "Officials would not confirm local reports over 100 people had died.                      | en | over 100       | MORE_THAN",
        "Plus de 1 200 pompiers ne sont pas encore relevés.                                      | fr | Plus de 1 200  | MORE_THAN",
    })
    void leavesOtherNegationsAlone(String text, String language, String quote, Qualifier qualifier) {
        ExtractedFigure figure = first(text, language);
        assertEquals(quote, figure.quote(), text);
        assertEquals(qualifier, figure.qualifier(), text);
    }

    private static ExtractedFigure first(String text, String language) {
        return EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH).figures().getFirst();
    }
}
