package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure set in the passive names its source after "par" / "by" (third walk, H1's rest: « est estimé à au moins 40
 * millions d'euros par la chambre d'agriculture » had no source, so the wire that relayed it became its origin). Two
 * figures of one sentence, each with its own "par" / "by" (or « selon »), get each their own; "par action" is "per share"; "by the end of the year", "by March"
 * and "rose by 5%" name no one. Each row: the text, its language, a figure's quote and its source ("-" for none).
 */
class PassiveSourcesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le coût des dégâts est estimé à au moins 40 millions d'euros par la chambre d'agriculture.     | fr | au moins 40 millions d'euros | la chambre d'agriculture",
        "Les pertes sont évaluées à 2,5 millions d'euros par la préfecture de l'Aude.                  | fr | 2,5 millions d'euros         | la préfecture de l'Aude",
        "Le bilan a été chiffré à 17 morts par le ministère de l'Intérieur.                             | fr | 17                           | le ministère de l'Intérieur",
        "Total campaign spending was put at $48 million by the watchdog Participacion Ciudadana.       | en | $48 million                  | the watchdog Participacion Ciudadana",
        "The damage was estimated at more than $2 billion by the insurers' association on Friday.      | en | more than $2 billion         | the insurers' association",
        "The number of displaced was estimated at about 12,000 by the UN refugee agency.               | en | about 12,000                 | the UN refugee agency",
        // figures handed on by their publisher, a time phrase between the participle and "by" / « par » (eleventh shift)
        "At least 120 people have died, according to data published on Monday by the health ministry. | en | At least 120          | the health ministry",
        "Selon les résultats définitifs publiés lundi par la chancellerie, le PLR obtient 28 sièges.  | fr | 28                           | la chancellerie",
        "Selon une estimation publiée mercredi par l'office européen de la statistique Eurostat, l'inflation a atteint 2,9 %. | fr | 2,9 % | l'office européen de la statistique Eurostat",
        "Turnout was 61%, according to results released late on Sunday by the electoral council.      | en | 61%                          | the electoral council",
        // two figures, two sources
        "Le nombre de manifestants a été estimé à 12 000 par la police et à 40 000 par les syndicats. | fr | 12 000                       | la police",
        "Le nombre de manifestants a été estimé à 12 000 par la police et à 40 000 par les syndicats. | fr | 40 000                       | les syndicats",
        "The crowd was estimated at 12,000 by police and 40,000 by the organisers.                    | en | 12,000                       | police",
        "The crowd was estimated at 12,000 by police and 40,000 by the organisers.                    | en | 40,000                       | the organisers",
        "Ils étaient 1,27 million selon les autorités et 2,8 millions selon l'intersyndicale.          | fr | 1,27 million                 | les autorités",
        "Ils étaient 1,27 million selon les autorités et 2,8 millions selon l'intersyndicale.          | fr | 2,8 millions                 | l'intersyndicale",
        "Turnout was 1.2 million according to the ministry and 2.8 million according to the unions.   | en | 2.8 million                  | the unions",
        // no one
        "Le pacte précédent a été estimé à environ 98 $ par action.                                   | fr | environ 98 $                 | -",
        "Growth is estimated at 5% by the end of the year.                                            | en | 5%                           | -",
        "La croissance est estimée à 1,2 % d'ici la fin de l'année par rapport à 2025.                 | fr | 1,2 %                        | -",
        "Output was put at 300 tonnes by March.                                                       | en | 300 tonnes                   | -",
        "La facture a été réduite de 30 % par le gouvernement.                                        | fr | 30 %                         | -",
    })
    void namesTheSourceAfterThePassive(String text, String language, String quote, String source) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(source, figure.attribution() == null ? "-" : figure.attribution().mention(), text);
    }
}
