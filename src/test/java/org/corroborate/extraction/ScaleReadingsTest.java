package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An earthquake's magnitude is a reading on a scale, not a toll: "séisme de magnitude 6,8 ... au moins 2 012 morts"
 * was suggested as 6.8 deaths (new-story walk of 4 December 2026, finding F25). The sentence's real figures stay.
 * Each row: the text, its language, and the quotes of the figures found (qualifier, number, unit), in order.
 */
class ScaleReadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le séisme de magnitude 6,8 a fait au moins 2 012 morts, selon le ministère.          | fr | au moins 2 012",
        "Un séisme d'une magnitude de 7,1 a fait plus de 300 morts.                            | fr | plus de 300",
        "La secousse, de 6,8 sur l'échelle de Richter, a fait 40 blessés.                      | fr | 40",
        "A magnitude 7.8 earthquake killed at least 1,200 people, officials said.              | en | at least 1,200",
        "The quake, which had a magnitude of 6.4, left 25 people dead.                         | en | 25",
        "The 6.8 on the Richter scale tremor injured nearly 300.                               | en | nearly 300",
    })
    void readsNoMagnitudeAsAFigure(String text, String language, String expected) {
        assertEquals(expected, TestSentences.quotes(text, language), text);
    }
}
