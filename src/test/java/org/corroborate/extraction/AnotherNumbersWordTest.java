package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The word that counts another number ("17 blessés") is not the kind of people the figure names itself across a comma:
 * « près de 12 000 habitants » confinés were read as injured, so the police's « 12'000 habitants » was never proposed
 * (walk of 5 December 2026, G5). A part of a whole ("dont 110 civils", "including 4 children") keeps its whole's kind.
 * Each row: the text, its language, a figure's quote and its kind.
 */
class AnotherNumbersWordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'incendie a fait au moins 17 blessés, dont trois grièvement, et contraint les autorités à confiner près de 12 000 habitants. | fr | près de 12 000 | PEOPLE",
        "L'incendie a fait au moins 17 blessés, dont trois grièvement, et contraint les autorités à confiner près de 12 000 habitants. | fr | trois          | INJURED",
        "L'incendie a fait au moins 17 blessés, dont trois grièvement, et contraint les autorités à confiner près de 12 000 habitants. | fr | au moins 17    | INJURED",
        "Les combats ont fait 260 morts, dont 110 civils, selon l'OSDH.                                                              | fr | 110            | DEATHS",
        "The fire left 40 injured, and police told 3,000 residents to keep their windows shut, the city said.                          | en | 3,000          | PEOPLE",
        "The blast left 40 dead, including 12 children, the ministry said.                                                           | en | 12             | DEATHS",
        "At least 9 people were killed, and 200 people were injured in the stampede.                                                 | en | 200            | INJURED",
    })
    void readsNoKindFromAnotherNumbersWord(String text, String language, String quote, QuantityKind kind) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(kind, figure.kind(), text);
    }
}
