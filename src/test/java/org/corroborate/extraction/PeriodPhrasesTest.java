package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods read whole and given to the right figure (third walk, H15): « depuis le mois de mai » was read « depuis le
 * mois » (and the figure got the default 30 days); "up from 6.5% in the first round in April" gave "in April" to the
 * figure compared with it too, which widened the election story's event to eight months. A month named after « le mois
 * de », « du mois d' », "the month of", "the start of", « le début du », « la fin de l'année » is part of the period;
 * a period after a comparison ("up from", "compared with", "against", « contre », « après ») and its number belongs
 * to that number. Each row: the text, its language, a figure's quote and its period ("-" for none).
 */
class PeriodPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Il n'a pas plu depuis le mois de mai, et 36 habitations ont brûlé.               | fr | 36              | depuis le mois de mai",
        "Au cours du mois d'août, 3 000 hectares ont brûlé.                                 | fr | 3 000 hectares  | du mois d'août",
        "Depuis le début du mois, 40 personnes sont mortes.                                 | fr | 40              | Depuis le début du mois",
        "Depuis la fin de l'année dernière, 12 000 personnes ont fui.                       | fr | 12 000          | Depuis la fin de l'année",
        "Since the start of May, 40 people have died.                                       | en | 40              | Since the start of May",
        "Since the beginning of the year, 1,200 people have been displaced.                 | en | 1,200           | Since the beginning of the year",
        // a compared number takes the period after it
        "Turnout reached 82%, up from 6.5% in the first round in April.                     | en | 82%             | -",
        "Turnout reached 82%, up from 6.5% in the first round in April.                     | en | 6.5%            | in April",
        "Le chômage atteint 7,3 %, contre 6,5 % en avril.                                   | fr | 7,3 %           | -",
        "Inflation rose to 4.2% in May from 3.5% in April.                                  | en | 4.2%            | in May",
        "Inflation rose to 4.2% in May from 3.5% in April.                                  | en | 3.5%            | in April",
        // a period before the figures is theirs
        "In 2025, 17,000 hectares burned and 3 homes were lost.                             | en | 3               | In 2025",
    })
    void readsThePeriodOfEachFigure(String text, String language, String quote, String period) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(period, figure.period() == null ? "-" : figure.period().text(), text);
    }
}
