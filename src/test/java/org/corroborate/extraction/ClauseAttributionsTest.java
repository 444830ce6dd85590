package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source and its verb after ", and" / ", et" open a clause of their own, and "put compliance at" names its source
 * like "put the number at": AFP's "The unions put compliance at over 95%" was AFP's own figure (so the unions' claim
 * was "corroborated" by AFP), ", and the Federal Airports Authority of Nigeria said 148 flights" was the think-tank's
 * of the clause before, ", and the World Bank estimates that about 87 million" was the statistics bureau's, and
 * "called the action illegal and said" was attributed to the word "and" (walk of 5 December 2026, G2). Each row: the
 * text, its language, a figure's quote and the mention it is attributed to (empty: none).
 */
class ClauseAttributionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Federal Ministry of Information said attendance stood at 64%. The unions put compliance at over 95%.                           | en | over 95%       | The unions",
        "The think-tank estimated that the shutdown cost 35 billion naira a day, and the airports authority said 148 flights were cancelled. | en | 148            | the airports authority",
        "The think-tank estimated that the shutdown cost 35 billion naira a day, and the airports authority said 148 flights were cancelled. | en | 35 billion naira | The think-tank",
        "Inflation reached 32.7% in November, according to the statistics bureau, and the World Bank estimates that about 87 million people are poor. | en | about 87 million | the World Bank",
        "Inflation reached 32.7% in November, according to the statistics bureau, and the World Bank estimates that about 87 million people are poor. | en | 32.7%          | the statistics bureau",
        "The minister called the strike \"illegal\" and said the government had paid 3.5 billion naira in arrears.                          | en | 3.5 billion naira | ",
        "Officials said the floods put 3,000 homes at risk in the valley.                                                                 | en | 3,000          | Officials",
        "La police a dénombré 23 blessés, et la préfecture a indiqué que 12 000 habitants avaient été confinés.                             | fr | 12 000         | la préfecture",
        "La police a dénombré 23 blessés, et la préfecture a indiqué que 12 000 habitants avaient été confinés.                             | fr | 23             | La police",
        "Les pompiers ont évacué 95 employés, et le site est resté fermé toute la journée selon l'entreprise.                               | fr | 95             | l'entreprise",
    })
    void attributesEachFigureToItsOwnClausesSource(String text, String language, String quote, String mention) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(mention, figure.attribution() == null ? null : figure.attribution().mention(), text);
    }
}
