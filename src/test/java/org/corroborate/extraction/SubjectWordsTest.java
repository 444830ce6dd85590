package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a figure's subject words are (walk of 5 December 2026, G16): a day or a month after a share is when, not what
 * is counted (« 2,1 % jeudi » had the subject « jeudi », so it matched no other inflation figure); a hyphenated
 * compound is one word ("public-sector workers" was "public"); the French negation is no part of a noun
 * (« collaborateurs n'a »); a part counts what its whole counts ("15 of the city's 60 health centres": health centres,
 * where it had no subject); a verb after the counted noun is not part of it ("300 trucks went": trucks). Each row: the
 * text, its language, the figure's quote and its subject ("-": none).
 */
class SubjectWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'inflation a atteint 2,1 % jeudi, selon l'Office fédéral de la statistique.       | fr | 2,1 %          | -",
        "Le chômage a reculé à 7,3 % mardi dans la zone euro.                               | fr | 7,3 %          | -",
        "Unemployment fell to 4.1% yesterday, the bureau said.                               | en | 4.1%           | -",
        "Prices rose 3.2% in March, the statistics office said.                              | en | 3.2%           | -",
        "More than 90% of public-sector workers were absent, the union said.                 | en | More than 90%  | public-sector workers",
        "Quelque 2 500 élèves des sous-préfectures voisines ont été confinés.                | fr | Quelque 2 500  | élèves des sous-préfectures voisines",
        "Aucun de nos 450 collaborateurs n'a été blessé, a indiqué l'entreprise.              | fr | 450            | collaborateurs",
        "Les combats ont fait 148 jihadistes et rebelles tués, selon l'OSDH.                 | fr | 148            | jihadistes et rebelles tués",
        // a part counts what its whole counts
        "No more than 15 of the city's 60 health centres were working, the WHO said.        | en | No more than 15 | health centres",
        "Au moins 8 des 40 blessés sont dans un état grave, selon l'hôpital.                | fr | Au moins 8     | blessés",
        "Half of the displaced families have returned, the agency said.                     | en | Half           | displaced families",
        "Un tiers de la population a voté avant midi, selon la préfecture.                  | fr | Un tiers       | population",
        "Près de la moitié de l'effectif était en grève jeudi.                              | fr | Près de la moitié | effectif",
        "Deux de nos employés ont été légèrement blessés.                                   | fr | Deux           | employés",
        // what a figure is set against, a list's next name and a pronoun are not what it counts (walk3 H6, H2)
        "ADN had 41.3% of the vote against 40.1% for RC, the CNE said.                       | en | 41.3%          | vote",
        "ADN obtained 41.1% of valid votes and Revolucion Ciudadana (RC) 40.4%.              | en | 41.1%          | valid votes",
        "Le parti a obtenu 28,5 % des suffrages contre 24,1 % pour le PS.                    | fr | 28,5 %         | suffrages",
        "Le PLR obtient 12 sièges et Le Centre 9, selon la chancellerie.                     | fr | 12             | sièges",
        // a list's next item after a name has the noun the item before it counted (the elided noun)
        "Preliminary results give ADN 67 of the 151 seats in the Assembly and RC 61.           | en | 61             | seats",
        "Le PLR obtient 12 sièges et le PS 9, selon la chancellerie.                         | fr | 9              | sièges",
        "The ANC won 159 seats and the DA 87 in the 400-seat National Assembly.              | en | 87             | seats",
        "The ANC won 159 seats and the DA 87 in the 400-seat National Assembly.              | en | 159            | seats",
        // a floating quantifier ends the subject (H14's rest)
        "Ecuador's two main parties both claimed victory on Sunday.                          | en | two            | main parties",
        "Les trois syndicats ont tous appelé à la grève jeudi.                               | fr | trois          | syndicats",
        "The 12 ministers each received a copy of the report.                                | en | 12             | ministers",
        "Monitors counted twice the 870 families it reported, the UN said.                   | en | 870            | families",
        "Les 3 tonnes qu'il avait annoncées ont été dépassées.                               | fr | 3 tonnes       | -",
        // the verb after what is counted is no part of it (eleventh shift: "trucks went" met no report's "trucks")
        "About 300 trucks went to Gaza on Monday, the UN said.                               | en | About 300      | trucks",
        "More than 40 schools remain closed in the province.                                 | en | More than 40   | schools",
        "At least 120 aid trucks entered Gaza through Rafah.                                 | en | At least 120   | aid trucks",
        "Some 12,000 refugees crossed into Chad last week, the agency said.                  | en | Some 12,000    | refugees",
        "Labour's 412 seats make it the largest party since 1997.                            | en | 412            | seats",
        "Près de 40 écoles restent fermées dans le département.                              | fr | Près de 40     | écoles",
        "Quelque 2 000 foyers demeurent privés d'électricité, selon Enedis.                  | fr | Quelque 2 000  | foyers",
        "Près d'un million de Rohingyas vivent dans les camps de Cox's Bazar.                | fr | Près d'un million | Rohingyas",
        "Fewer than 5,000 people now live in the old town, the council said.                 | en | Fewer than 5,000 | people",
        "Below 10% of the wells still work, the agency said.                                 | en | Below 10%      | wells",
        "Près de 40 écoles encore fermées, selon le rectorat.                                | fr | Près de 40     | écoles",
    })
    void readsTheSubjectWords(String text, String language, String quote, String subject) {
        ExtractedFigure figure = TestSentences.figure(text, language, quote);
        assertEquals(subject, figure.subject() == null ? "-" : figure.subject(), text);
    }
}
