package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bound before an approximate noun is the figure's bound: "Fewer than a dozen of the 25,000 registered taxi drivers"
 * was read as "about 12" and exported with min 10 and max 14 (walk of 5 December 2026, G6). Each row: the text, its
 * language, and its first figure: quote, qualifier, stated low and high (empty: open).
 */
class BoundedApproximateNounsTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fewer than a dozen of the 25,000 registered taxi drivers in Abuja were working on Thursday.    | en | Fewer than a dozen        | LESS_THAN   |     | 12",
        "Police said more than a hundred protesters had been detained in Lagos.                          | en | more than a hundred       | MORE_THAN   | 100 |",
        "Up to a dozen villages were cut off by the floods, the governor said.                           | en | Up to a dozen             | AT_MOST     |     | 12",
        "Plus d'une centaine de salariés présents sur le site ont été évacués.                           | fr | Plus d'une centaine       | MORE_THAN   | 100 |",
        "Près d'une vingtaine de pompiers ont été légèrement intoxiqués par les fumées.                  | fr | Près d'une vingtaine      | NEARLY      | 20  | 20",
        "Au moins une dizaine de maisons ont été détruites, selon la préfecture.                          | fr | Au moins une dizaine      | AT_LEAST    | 10  |",
        "Une vingtaine de pompiers ont été légèrement intoxiqués par les fumées.                         | fr | Une vingtaine             | APPROXIMATE | 20  | 20",
        "Environ une centaine de salariés ont été évacués.                                               | fr | une centaine              | APPROXIMATE | 100 | 100",
        "A dozen people were injured, the police said.                                                   | en | A dozen                   | APPROXIMATE | 12  | 12",
    })
    void keepsTheBoundBeforeAnApproximateNoun(String text, String language, String quote, Qualifier qualifier,
                                              String low, String high) {
        Extraction found = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH);
        ExtractedFigure figure = found.figures().getFirst();
        assertEquals(quote, figure.quote(), text);
        assertEquals(qualifier, figure.qualifier(), text);
        assertEquals(low == null ? null : Integer.valueOf(low), figure.low() == null ? null : figure.low().intValueExact(), text);
        assertEquals(high == null ? null : Integer.valueOf(high), figure.high() == null ? null : figure.high().intValueExact(), text);
    }
}
