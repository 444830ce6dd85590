package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a source's mention starts and ends (third walk, H14): "The European Union's observation mission, which deployed
 * some 120 observers, said the vote was ..." gave "the vote was" as the source (Register this source offered it); "Our
 * monitoring of 14 media outlets ... puts total campaign spending at" gave that whole phrase; "QUITO, Ecuador (AP) -
 * Ecuador's two main parties" kept the dash. A relative clause between a source and its verb is skipped like an
 * apposition; a mention after the verb that holds a finite verb is what was said, not who said it; the report's own
 * voice ("Our", "We", « Notre », « Nous ») is the publisher's; a dateline's dash is no part of a name; a mention that
 * holds the figure itself names no source ("Ecuador's two main parties both claimed"), and "all", "both", « tous »
 * after a name end it. Each row: the
 * text, its language, a figure's quote and its attribution's mention ("-" for none).
 */
class MentionBoundsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The European Union's observation mission, which deployed some 120 observers, said the vote was orderly. | en | some 120 | The European Union's observation mission",
        "Resident doctors, who began their own strike in November, said at most 15% of beds were staffed.   | en | at most 15% | Resident doctors",
        "Le syndicat SUD-SDIS, qui compte 300 adhérents dans l'Aude, a indiqué que 1 500 pompiers étaient engagés. | fr | 1 500 | Le syndicat SUD-SDIS",
        "At least 40 people were killed, said Amnesty International, which called for an inquiry.         | en | At least 40 | Amnesty International",
        "The death toll rose to 417, said the ministry on Friday.                                          | en | 417 | the ministry",
        // what was said is no source
        "The observers counted 118 polling stations, said the vote was calm and left on Monday.             | en | 118 | -",
        // the publisher's own voice
        "Our monitoring of 14 media outlets puts total campaign spending at $48 million.                     | en | $48 million | -",
        "Our 4,200 volunteers reported 312 incidents on election day.                                       | en | 312 | -",
        "Nos équipes ont recensé 312 incidents dimanche.                                                    | fr | 312 | -",
        // a dateline's dash
        "QUITO, Nov 30 (Reuters) - The council said 82.3% of registered voters cast a ballot.               | en | 82.3% | The council",
        // the figure inside its own "source": the text counts them, nobody states it (H14's rest)
        "QUITO, Ecuador (AP) - Ecuador's two main parties both claimed victory on Sunday.                   | en | two | -",
        "The two sides said they would resume talks in Geneva next week.                                    | en | two | -",
        "Les deux syndicats ont dit vouloir reprendre les négociations lundi.                                | fr | deux | -",
        // a floating quantifier says how many of them speak, not who
        "The three opposition parties all said at least 200 people were arrested.                           | en | at least 200 | The three opposition parties",
        "Les deux syndicats ont tous affirmé que 3 000 salariés étaient en grève.                            | fr | 3 000 | Les deux syndicats",
        "Both unions said 3,000 workers had walked out.                                                     | en | 3,000 | Both unions",
    })
    void boundsTheMention(String text, String language, String quote, String mention) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(mention, figure.attribution() == null ? "-" : figure.attribution().mention(), text);
    }
}
