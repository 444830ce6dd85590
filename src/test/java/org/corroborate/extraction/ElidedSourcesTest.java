package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second source whose verb is left out (third walk, H1): « Le syndicat SUD-SDIS évoque « près de 1 500 pompiers » sur
 * le terrain, la préfecture 1 250. » gave the prefecture's 1 250 to the union, so the prefecture's own count was
 * "corroborated" by the union. After a comma, an article and a few words right before a figure that ends the sentence
 * name that figure's source when the sentence already names one ("Police said 3,000 marched, the organisers 20,000";
 * « , selon les organisateurs plus de 20 000 »); a time phrase or a figure's own name (« l'an dernier », « le bilan »)
 * names no one, nor does a clause with its verb (« , l'inflation a atteint 2,9 % »). Each row: the text, its language, a figure's quote and its attribution's mention ("-" for none).
 */
class ElidedSourcesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le syndicat SUD-SDIS évoque « près de 1 500 pompiers » sur le terrain, la préfecture 1 250.   | fr | 1 250          | la préfecture",
        "Le syndicat SUD-SDIS évoque « près de 1 500 pompiers » sur le terrain, la préfecture 1 250.   | fr | près de 1 500  | Le syndicat SUD-SDIS",
        "Selon la police, 3 000 manifestants ont défilé, selon les organisateurs plus de 20 000.        | fr | plus de 20 000 | les organisateurs",
        "Selon la police, 3 000 manifestants ont défilé, selon les organisateurs plus de 20 000.        | fr | 3 000          | la police",
        "Police said 3,000 people marched, the organisers 20,000.                                       | en | 20,000         | the organisers",
        "The union put compliance at 95%, the ministry at 60%.                                          | en | 60%            | the ministry",
        "Turnout was 61%, according to the commission, 58% according to the observers.                 | en | 61%            | the commission",
        // no second source
        "Selon l'OSDH, 30 civils ont été tués, le bilan 40.                                             | fr | 40             | l'OSDH",
        "Selon la préfecture, le feu a parcouru 16 800 hectares, l'an dernier 17 000.                   | fr | 17 000         | la préfecture",
        "The ministry said 40 people died, the highest toll in years.                                   | en | 40             | The ministry",
        "Heavy rain fell on Monday, the river 3 metres above its level.                                 | en | 3 metres       | -",
        // a clause with its verb after the comma is no elided source (eleventh shift: « l'inflation a atteint » was one)
        "Selon l'Insee, l'inflation a atteint 2,9 %.                                                    | fr | 2,9 %          | l'Insee",
        "Selon l'Insee, le taux est de 7,3 %.                                                           | fr | 7,3 %          | l'Insee",
        "According to Eurostat, the rate reached 2.9%.                                                  | en | 2.9%           | Eurostat",
        "Police said 3,000 marched, the United Nations 1,250.                                           | en | 1,250          | the United Nations",
    })
    void namesTheSourceWhoseVerbIsLeftOut(String text, String language, String quote, String mention) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(mention, figure.attribution() == null ? "-" : figure.attribution().mention(), text);
    }
}
