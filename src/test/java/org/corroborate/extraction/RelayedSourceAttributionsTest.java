package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wire that relays a source names it before an apposition ("Participacion Ciudadana, an independent watchdog,
 * estimated ... at $48 million") or with a French verb in the present and the figure as its object (« Le syndicat
 * SUD-SDIS évoque « près de 1 500 pompiers » », « La chambre d'agriculture chiffre les pertes à ... »): both were left
 * unattributed, so the wire counted as a second, independent origin and the union's own figure was shown corroborated
 * (third walk of 5 December 2026, H1). Each row: the text, its language, a figure's quote and the mention it is
 * attributed to (empty: none).
 */
class RelayedSourceAttributionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Participacion Ciudadana, an independent watchdog, estimated campaign spending at $48 million.   | en | $48 million     | Participacion Ciudadana",
        "Amnesty International, a rights group, said at least 40 people were killed in Kano.              | en | at least 40     | Amnesty International",
        "Police in Kano, the state capital, said three people had died.                                   | en | three           | Police in Kano",
        "The NLC, the country's biggest union, put compliance at over 95%.                                | en | over 95%        | The NLC",
        "SUD-SDIS, un syndicat de sapeurs-pompiers, estime que 12 pompiers ont été blessés.               | fr | 12              | SUD-SDIS",
        "Pro Natura, une association de protection de la nature, a dénombré plus de 2 000 poissons morts. | fr | plus de 2 000   | Pro Natura",
        "Le syndicat SUD-SDIS évoque « près de 1 500 pompiers » sur le terrain.                           | fr | près de 1 500   | Le syndicat SUD-SDIS",
        "La chambre d'agriculture chiffre les pertes à plus de 40 millions d'euros.                       | fr | plus de 40 millions d'euros | La chambre d'agriculture",
        "Le ministère de l'Intérieur recense 36 maisons détruites dans le département.                    | fr | 36              | Le ministère de l'Intérieur",
        "Météo-France annonce 41 °C pour mercredi à Carcassonne.                                          | fr | 41 °C           | Météo-France",
        "Le chiffre de 300 morts a été confirmé mardi.                                                    | fr | 300             | ",
        "Le bilan, estimé à 300 morts, reste provisoire.                                                  | fr | 300             | ",
        "Le feu, qui menace 3 villages, avance vers la mer.                                               | fr | 3               | ",
        "In Kano, three people died on Wednesday.                                                         | en | three           | ",
        "The toll, a provisional one, rose to 40 on Thursday.                                             | en | 40              | ",
    })
    void namesTheRelayedSource(String text, String language, String quote, String mention) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(mention, figure.attribution() == null ? null : figure.attribution().mention(), text);
    }
}
