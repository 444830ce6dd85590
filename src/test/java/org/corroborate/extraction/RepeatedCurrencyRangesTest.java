package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range whose currency is written on both ends is one range: the watchdog's "between $45 million and $51 million"
 * was read as two exact amounts, each contesting the story's "$48 million" that lies inside it (third walk of
 * 5 December 2026, H5). Each row: the text, its language, the quote, stated low and high, unit; the text must give
 * exactly one figure.
 */
class RepeatedCurrencyRangesTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Spending was between $45 million and $51 million, the group said.                     | en | between $45 million and $51 million             | 45000000   | 51000000   | $",
        "Damage was estimated at between $2 billion and $3 billion.                             | en | between $2 billion and $3 billion               | 2000000000 | 3000000000 | $",
        "The fund raised between €10 million and €12 million.                                   | en | between €10 million and €12 million             | 10000000   | 12000000   | €",
        "The bill came to between £1.2bn and £1.5bn, the Treasury said.                         | en | between £1.2bn and £1.5bn                       | 1200000000 | 1500000000 | £",
        "Tickets cost from $2 to $3 on the black market.                                        | en | from $2 to $3                                   | 2          | 3          | $",
        "The damage was between 45 million dollars and 51 million dollars.                     | en | between 45 million dollars and 51 million dollars | 45000000 | 51000000   | $",
        "Les pertes sont estimées entre 45 millions d'euros et 51 millions d'euros.             | fr | entre 45 millions d'euros et 51 millions d'euros | 45000000  | 51000000   | €",
        "Les pertes sont estimées entre 45 M€ et 51 M€, selon l'assureur.                       | fr | entre 45 M€ et 51 M€                            | 45000000   | 51000000   | €",
        "Le litre se vend entre 2 € et 3 € au marché noir.                                      | fr | entre 2 € et 3 €                                | 2          | 3          | €",
        "Le litre se vend entre 2 et 3 € au marché noir.                                        | fr | entre 2 et 3 €                                  | 2          | 3          | €",
        "Le litre se vend 2 à 3 € au marché noir.                                               | fr | 2 à 3 €                                         | 2          | 3          | €",
        "Les dégâts atteignent entre 1,5 milliard de dollars et 2 milliards de dollars.          | fr | entre 1,5 milliard de dollars et 2 milliards de dollars | 1500000000 | 2000000000 | $",
    })
    void readsOneRange(String text, String language, String quote, long low, long high, String unit) {
        Extraction found = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH);
        assertEquals(1, found.figures().size(), text + " → " + found.figures());
        ExtractedFigure figure = found.figures().getFirst();
        assertEquals(quote, figure.quote(), text);
        assertEquals(Qualifier.RANGE, figure.qualifier(), text);
        assertEquals(0, BigDecimal.valueOf(low).compareTo(figure.low()), text + " low " + figure.low());
        assertEquals(0, BigDecimal.valueOf(high).compareTo(figure.high()), text + " high " + figure.high());
        assertEquals(unit, figure.unit(), text);
    }

    /** A change of value stays two figures, and so do two amounts that are not a range. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Losses rose from $3.5 billion to $4.2 billion last year.                  | en",
        "The ministry paid $45 million and the province $51 million.               | en",
        "Le déficit est passé de 2 milliards d'euros à 3 milliards d'euros.        | fr",
        "L'État a versé 45 millions d'euros et la région 51 millions d'euros.      | fr",
    })
    void leavesTwoAmounts(String text, String language) {
        Extraction found = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH);
        assertEquals(2, found.figures().size(), text + " → " + found.figures());
    }
}
