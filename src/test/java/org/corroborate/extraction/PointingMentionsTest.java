package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source named by pointing back ("It said", « Elle dit », « selon l'organisation ») is the name that opens the
 * sentence before, or that sentence's own source (walk of 5 December 2026, G13: « Elle » was offered as a source to
 * register, « selon l'organisation » gave the wire as origin). Where nothing before names anyone, the mention stays as
 * written; a new paragraph is not looked across. "X called ... and said" names no one (the subject is the first
 * verb's: the source of "X said ... and added" is X). Each row: the text, its language, a figure's quote and its attribution's mention ("-" for none).
 */
class PointingMentionsTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Amnesty International denounced the crackdown on Friday. It said at least 40 protesters were killed.   | en | at least 40 | Amnesty International",
        "The World Health Organization opened two clinics. It said 1,200 patients were treated in a week.      | en | 1,200       | The World Health Organization",
        "Save the Children warned of a hunger crisis. The charity said 3 million children were at risk.        | en | 3 million   | Save the Children",
        "L'organisation Pro Natura conteste ces chiffres. Elle dit avoir observé des centaines de poissons morts sur près de 8 kilomètres. | fr | près de 8 kilomètres | Pro Natura",
        "Pro Natura a dénoncé jeudi une pollution massive du Rhône. Selon l'organisation, au moins 20 tonnes de solvant se sont déversées. | fr | au moins 20 tonnes | Pro Natura",
        "Selon l'OSDH, 30 civils ont été tués samedi. Elle précise que 12 enfants figurent parmi les victimes.  | fr | 12          | l'OSDH",
        "Médecins Sans Frontières a ouvert un hôpital à Goma. Elle a indiqué avoir soigné 300 blessés en une semaine.         | fr | 300         | Médecins Sans Frontières",
        "The NLC called the strike on Monday. It said 24 states had joined.                                     | en | 24          | The NLC",
        // nothing before names anyone: as written
        "The governor visited the camp. He told reporters that 3,000 people had fled.                           | en | 3,000       | He",
        "Le ministre a visité le camp. Il a précisé que 3 000 personnes avaient fui.                            | fr | 3 000       | Il",
        "Heavy rains hit the north on Monday. It said 200 homes were destroyed.                                 | en | 200         | It",
        "En 2021, une fuite avait touché le site. Elle a précisé que 14 personnes avaient été soignées.         | fr | 14          | Elle",
        // a coordinated verb has the first verb's subject, or none
        "The minister called the strike illegal and said 12 unions had joined it.                               | en | 12          | -",
        "Le syndicat a dénoncé la répression et a indiqué que 40 grévistes avaient été arrêtés.                 | fr | 40          | -",
        "Le syndicat a affirmé que la grève était suivie et a indiqué que 40 grévistes avaient été arrêtés.     | fr | 40          | Le syndicat",
        "The union said the strike was total and added that 12 states had shut their offices.                   | en | 12          | The union",
    })
    void attributesTheSourceAMentionPointsTo(String text, String language, String quote, String mention) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(mention, figure.attribution() == null ? "-" : figure.attribution().mention(), text);
    }

    @org.junit.jupiter.api.Test
    void aNewParagraphIsNotLookedAcross() {
        String text = "Médecins Sans Frontières a ouvert un hôpital à Goma.\n\nElle a indiqué avoir soigné 300 blessés en une semaine.";
        ExtractedFigure figure = EXTRACTOR.extract(text, Locale.FRENCH).figures().get(0);
        assertEquals("Elle", figure.attribution().mention());
    }
}
