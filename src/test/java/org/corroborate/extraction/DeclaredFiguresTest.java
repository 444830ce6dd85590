package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure quoted as someone's declaration is theirs, not the quoting source's (third walk, H2): the watchdog's "ADN
 * accounts for about $19 million, more than twice the $8.7 million it declared" counted as a second, independent origin
 * for ADN's own $8.7 million, which showed corroborated. A relative clause right after the figure with a pronoun and a
 * declaring verb gives the figure to whom the pronoun stands for: the nearest acronym before it in the sentence, else
 * the name opening the sentence, else the name before (as for "It said"); the quoting source keeps its own figures.
 * Each row: the text, its language, a figure's quote and its attribution's mention ("-" for none).
 */
class DeclaredFiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ADN accounts for about $19 million, more than twice the $8.7 million it declared.                     | en | $8.7 million     | ADN",
        "ADN accounts for about $19 million, more than twice the $8.7 million it declared.                     | en | about $19 million | -",
        "The watchdog said ADN spent twice the $8.7 million that it had declared to the council.               | en | $8.7 million     | ADN",
        "Shell Nigeria spilled far more than the 1,200 barrels it reported, the NGO estimated.                   | en | 1,200 barrels    | Shell Nigeria",
        // nothing names anyone before the pronoun ("The ministry" is no name): as written, never the monitors
        "The ministry counted 40 dead. Independent monitors put the toll at 90, more than twice the 45 it reported. | en | 45 | it",
        "L'UDC a dépensé près de 3 millions de francs, bien plus que les 1,2 million qu'elle a déclarés.      | fr | 1,2 million      | UDC",
        "Selon l'ONG, le groupe a rejeté 20 tonnes de solvant, et non les 3 tonnes qu'il avait annoncées.      | fr | 3 tonnes         | l'ONG",
        // no pronoun and verb after the figure: the sentence's own source
        "ADN put its own spending at $8.7 million, the party said.                                              | en | $8.7 million     | ADN",
        "Selon la préfecture, 1 250 pompiers sont engagés qu'il faut relever.                                  | fr | 1 250            | la préfecture",
    })
    void givesADeclaredFigureToTheDeclarer(String text, String language, String quote, String mention) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(mention, figure.attribution() == null ? "-" : figure.attribution().mention(), text);
    }
}
