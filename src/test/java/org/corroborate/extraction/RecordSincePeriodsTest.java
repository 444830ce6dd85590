package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "since" that dates a record is no figure's period (third walk, H7: « le plus grand incendie dans le département
 * depuis 1949 et le feu des Landes, qui avait fait 82 morts » gave the 1949 toll the period "since 1949", today
 * included, so it was proposed against today's toll and shown "newer value available"). The past event's toll, told
 * in a relative clause after it, counts that year; today's figures of the sentence get nothing from it; a "since" with
 * no superlative before it is a period as before. Each row: the text, its language, a figure's quote and its period
 * as read ("-" for none).
 */
class RecordSincePeriodsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C'est le plus grand incendie dans le département depuis 1949 et le feu des Landes, qui avait fait 82 morts. | fr | 82 | 1949",
        "It is the deadliest fire in the region since the 1949 Landes blaze, which killed 82 people.                | en | 82 | 1949",
        "The quake, the strongest since 1999 when 17,000 people died, has killed at least 40, officials said.       | en | 17,000 | 1999",
        "The quake, the strongest since 1999 when 17,000 people died, has killed at least 40, officials said.       | en | at least 40 | -",
        "Unemployment hit its highest level since 2008 at 9.4%, the office said.                                    | en | 9.4% | -",
        "Le chômage atteint 9,4 %, son plus haut niveau depuis 2008.                                                | fr | 9,4 % | -",
        // a count since a date is a period as before
        "More than 300 people have died since 2011, the group said.                                                | en | More than 300 | since 2011",
        "Depuis 2011, plus de 370 000 personnes ont été tuées, selon l'OSDH.                                       | fr | plus de 370 000 | Depuis 2011",
    })
    void readsTheRecordsYearForThePastEventOnly(String text, String language, String quote, String period) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(period, figure.period() == null ? "-" : figure.period().text(), text);
    }
}
