package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bound written after the number, its unit or its counted noun is the figure's bound (walk of 5 December 2026, G17:
 * « 3 tonnes au plus » was read as exactly 3; DD010's table "after the number"); a phrase that opens the next
 * quantity is not. Each row: the text, its language, the figure's quote, its qualifier, low and high ("-": open).
 */
class BoundsAfterTheNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'explosion a fait 20 morts au moins, selon la police.                 | fr | 20 morts au moins         | AT_LEAST    | 20  | -",
        "Il restait 3 tonnes au plus de solvant dans la cuve, selon Valchim.    | fr | 3 tonnes au plus          | AT_MOST     | -   | 3",
        "Le feu a parcouru 500 hectares au minimum depuis mardi.                | fr | 500 hectares au minimum   | AT_LEAST    | 500 | -",
        "Le bilan serait de 12 morts au maximum, selon la préfecture.           | fr | 12 morts au maximum       | AT_MOST     | -   | 12",
        "Les secours ont évacué 40 personnes tout au plus.                      | fr | 40 personnes tout au plus | AT_MOST     | -   | 40",
        "Un groupe de 15 personnes maximum sera autorisé sur le site.           | fr | 15 personnes maximum      | AT_MOST     | -   | 15",
        "Il y avait 200 manifestants environ devant la préfecture.              | fr | 200 manifestants environ  | APPROXIMATE | 200 | 200",
        "Les pompiers ont mobilisé 60 camions ou plus.                          | fr | 60 camions ou plus        | AT_LEAST    | 60  | -",
        "The blast killed 20 people or more, police said.                       | en | 20 people or more         | AT_LEAST    | 20  | -",
        "A crowd of 300 people at least gathered outside the ministry.          | en | 300 people at least       | AT_LEAST    | 300 | -",
        "Compliance was 40% or more in most states, the union said.             | en | 40% or more               | AT_LEAST    | 40  | -",
        "Each family will receive $40 at most, the ministry said.               | en | $40 at most               | AT_MOST     | -   | 40",
        "The toll stands at 25 at the very least, doctors said.                 | en | 25 at the very least      | AT_LEAST    | 25  | -",
        "Turnout was 11% or so in the capital.                                  | en | 11% or so                 | APPROXIMATE | 11  | 11",
        "Trains ran with 30 passengers or fewer on Monday.                      | en | 30 passengers or fewer    | AT_MOST     | -   | 30",
        // the next quantity's words, not a bound of this one
        "Le séisme a fait 2 012 morts et plus de 2 000 blessés.                 | fr | 2 012                     | EXACT       | 2012 | 2012",
        "Il y a eu 20 morts, au moins 30 blessés, selon la police.             | fr | 20                        | EXACT       | 20  | 20",
        "They sold 20 or more than 30 units.                                    | en | 20                        | EXACT       | 20  | 20",
        "About 400 people or more were evacuated.                               | en | About 400                 | APPROXIMATE | 400 | 400",
    })
    void readsTheBoundWrittenAfterTheNumber(String text, String language, String quote, Qualifier qualifier,
                                            String low, String high) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(qualifier, figure.qualifier(), text);
        assertBound(low, figure.low(), text);
        assertBound(high, figure.high(), text);
    }

    private static void assertBound(String expected, BigDecimal actual, String text) {
        if (expected.equals("-")) {
            assertEquals(null, actual, text);
        } else {
            assertTrue(actual != null && actual.compareTo(new BigDecimal(expected)) == 0, text + ": " + actual);
        }
    }
}
