package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a figure counts when the sentence's word says something else (walk of 5 December 2026, G11): a leak is no
 * flight (« une fuite de chlore » read the people hospitalised as displaced), a whole none of which was hurt is not
 * hurt (« Aucun de nos 450 collaborateurs n'a été blessé »), another clause's word is not the figure's (« ... ont été
 * évacués, et les écoles, qui accueillent quelque 2 500 élèves »), bodies are deaths. The rows after each case are
 * what must not change. Each row: the text, its language, a figure's quote and its kind.
 */
class KindCluesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a leak
        "En 2021, une fuite de chlore avait entraîné l'hospitalisation d'une dizaine de personnes.           | fr | une dizaine | PEOPLE",
        "Une fuite de gaz dans un immeuble de Lyon a intoxiqué 14 personnes, selon les pompiers.            | fr | 14          | PEOPLE",
        "Une fuite d'ammoniac a contraint l'usine à renvoyer chez eux 300 employés mardi.                    | fr | 300         | PEOPLE",
        "La fuite de 3 000 civils vers la frontière turque se poursuit, selon l'ONU.                         | fr | 3 000       | DISPLACED",
        "Plus de 200 familles ont pris la fuite devant l'avancée des flammes.                                | fr | Plus de 200 | DISPLACED",
        "La fuite des habitants, quelque 5 000 personnes, a commencé dimanche.                               | fr | quelque 5 000 | DISPLACED",
        // none of a whole
        "Aucun de nos 450 collaborateurs n'a été grièvement blessé, a indiqué l'entreprise.                  | fr | 450         | PEOPLE",
        "Aucune des 32 personnes à bord n'a été blessée, selon la compagnie.                                 | fr | 32          | PEOPLE",
        "None of the 120 passengers was injured, the airline said.                                           | en | 120         | PEOPLE",
        "None of its 80 employees were hurt in the blast, the company said.                                  | en | 80          | PEOPLE",
        "Au moins 12 des 450 collaborateurs ont été blessés, a indiqué l'entreprise.                         | fr | Au moins 12 | INJURED",
        // another clause's word
        "Une centaine de salariés ont été évacués, et les écoles de la commune, qui accueillent quelque 2 500 élèves, sont restées fermées. | fr | quelque 2 500 | PEOPLE",
        "Security forces killed three protesters on Monday, and the police arrested 20 people in Kano.       | en | 20          | PEOPLE",
        "Trois manifestants ont été tués ; 40 personnes ont été interpellées dans la soirée.                  | fr | 40          | PEOPLE",
        "The strikes killed 3 civilians, 2 soldiers, and 4 children, the monitor said.                       | en | 4           | DEATHS",
        "Les frappes ont tué 3 civils, 2 soldats, et 4 enfants, selon l'OSDH.                                | fr | 4           | DEATHS",
        "At least 9 people were killed, and the ministry said 200 people were injured in the stampede.       | en | 200         | INJURED",
        "It said at least 40 protesters were killed, and 20 people or more were arrested.                    | en | 20 people or more | PEOPLE",
        "Trois manifestants ont été tués, et 40 personnes ont été interpellées dans la soirée.                | fr | 40          | PEOPLE",
        "At least 9 people were killed, and 200 people were injured in the stampede.                         | en | 200         | INJURED",
        // bodies
        "Amnesty verified videos showing at least four bodies and dozens of injured people.                  | en | at least four | DEATHS",
        "Les secouristes ont retrouvé 12 corps dans les décombres samedi.                                    | fr | 12          | DEATHS",
        "Rescuers pulled 30 bodies from the river, officials said.                                           | en | 30          | DEATHS",
    })
    void readsWhatTheFigureCounts(String text, String language, String quote, QuantityKind kind) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(kind, figure.kind(), text);
    }
}
