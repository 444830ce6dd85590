package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A measured amount (tonnes, litres, degrees, megawatts) and a count of animals are never a count of people: « pas plus
 * de 3 tonnes de solvant » was read as displaced (the « évacués » of the sentence before) and shown superseded by a
 * count of evacuated employees; « au moins 20 tonnes », « plus de 2 000 poissons morts » were deaths (walk of
 * 5 December 2026, G1 and G10). The sentence's people are still counted as they were. Each row: the text, its
 * language, a figure's quote and its kind.
 */
class MeasuredAmountKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Une centaine de salariés ont été évacués. L'entreprise affirme que « pas plus de 3 tonnes » de solvant ont atteint le Rhône. | fr | pas plus de 3 tonnes | OTHER",
        "Une centaine de salariés ont été évacués. L'entreprise affirme que « pas plus de 3 tonnes » de solvant ont atteint le Rhône. | fr | Une centaine | DISPLACED",
        "Pro Natura a observé des poissons morts et estime qu'au moins 20 tonnes de solvant se sont déversées dans le fleuve.   | fr | au moins 20 tonnes | OTHER",
        "Selon l'organisation, plus de 2 000 poissons morts ont été ramassés sur une dizaine de kilomètres.                       | fr | plus de 2 000 | OTHER",
        "Elle dit avoir observé des centaines de poissons morts en aval de l'usine, où deux pêcheurs ont été tués.                 | fr | des centaines | OTHER",
        "Elle dit avoir observé des centaines de poissons morts en aval de l'usine, où deux pêcheurs ont été tués.                 | fr | deux | DEATHS",
        "The blast killed 12 workers and spilled up to 400 tonnes of crude oil into the river, the company said.                   | en | up to 400 tonnes | OTHER",
        "The blast killed 12 workers and spilled up to 400 tonnes of crude oil into the river, the company said.                   | en | 12 | DEATHS",
        "Temperatures reached 47 degrees as the heatwave killed at least 30 people in Sindh.                                       | en | 47 degrees | OTHER",
        "Temperatures reached 47 degrees as the heatwave killed at least 30 people in Sindh.                                       | en | at least 30 | DEATHS",
        "More than 3,000 cattle drowned in the floods, and 14 people died, officials said.                                         | en | More than 3,000 | OTHER",
        "More than 3,000 cattle drowned in the floods, and 14 people died, officials said.                                         | en | 14 | DEATHS",
    })
    void countsNoPeopleInAMeasuredAmountOrAnimals(String text, String language, String quote, QuantityKind kind) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(kind, figure.kind(), text);
    }
}
