package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who holds what a figure counts (third walk: ADN's 67 seats supported RC's "at least 64", both "seats"): the subject of
 * a verb of winning or holding right before the number, a name right before it as results are listed, or a name after
 * "for" / « pour » / "to". Not for tolls, lengths, or people sent somewhere. Each row: the text, its language, a
 * figure's quote and its holder ("-" for none).
 */
class HoldersOfCountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a verb of winning or holding
        "Revolucion Ciudadana (RC) claimed at least 64 seats in the 151-seat Assembly.       | en | at least 64 | Revolucion Ciudadana (RC)",
        "The ANC won 159 seats and the DA 87, the electoral commission said.                | en | 159     | ANC",
        "On Sunday RC won 61 seats, officials said.                                          | en | 61      | RC",
        "Russia holds about 18% of Ukraine's territory, officials said.                     | en | about 18% | Russia",
        "Noboa won 52% of the vote in the run-off.                                           | en | 52%     | Noboa",
        "The United Nations has 3,000 peacekeepers in the area.                              | en | 3,000   | United Nations",
        "The movement (RC) has won 61 seats.                                                 | en | 61      | RC",
        "Kenya received $2 billion from the IMF last year.                                   | en | $2 billion | Kenya",
        "Le PS a obtenu au moins 12 sièges au Grand Conseil, selon le parti.                | fr | au moins 12 | PS",
        "Selon les résultats, l'UDC obtient 62 sièges sur 200.                               | fr | 62      | UDC",
        "La France insoumise a remporté 72 sièges.                                           | fr | 72      | France insoumise",
        "Le Rassemblement national a obtenu 88 sièges dimanche.                              | fr | 88      | Rassemblement national",
        // a list of results: the name right before the number
        "Preliminary results give ADN 67 of the 151 seats in the Assembly and RC 61.         | en | 67      | ADN",
        "Preliminary results give ADN 67 of the 151 seats in the Assembly and RC 61.         | en | 61      | RC",
        "The ANC won 159 seats and the DA 87, the electoral commission said.                | en | 87      | DA",
        "Selon la chancellerie, le PLR obtient 28 sièges et le PS 9.                         | fr | 9       | PS",
        "Labour won 412 seats, the Conservatives 121 and the Greens 4.                       | en | 121     | Conservatives",
        "Le RN a obtenu 88 sièges, les Verts 23 et le Centre 12.                               | fr | 12      | Centre",
        "Labour won 412 seats, the Conservatives 121 and the Liberal Democrats 72.            | en | 72      | Liberal Democrats",
        // a possessive
        "Labour's 412 seats are a record for the party.                                      | en | 412     | Labour",
        "RC’s 61 seats make it the second force in the Assembly.                            | en | 61      | RC",
        "The party's 61 seats are fewer than expected.                                       | en | 61      | -",
        "’s 61 seats were counted.                                                            | en | 61      | -",
        // a name after the number
        "Noboa won 52% of the vote, against 48% for Gonzalez.                                | en | 48%     | Gonzalez",
        "The council gave 67 seats to ADN and 61 to RC.                                      | en | 67      | ADN",
        "Le RN a obtenu 88 sièges, contre 23 sièges pour les Verts.                          | fr | 23      | Verts",
        "Congress approved $61 billion for Ukraine on Saturday.                              | en | $61 billion | Ukraine",
        // no holder
        "The party has won 64 seats.                                                          | en | 64      | -",
        "Le parti a 12 sièges.                                                                | fr | 12      | -",
        "Amnesty International has documented 30 cases.                                      | en | 30      | -",
        "Police said 3,000 people marched in Paris on Sunday.                                | en | 3,000   | -",
        "Hamas claimed 30 dead in the strike, a figure Israel disputes.                      | en | 30      | -",
        "In Gaza 300 people were killed, the ministry said.                                   | en | 300     | -",
        "Le Royaume-Uni a expulsé 300 personnes vers le Rwanda.                              | fr | 300     | -",
        "Unemployment rose 5% to Tuesday's level.                                             | en | 5%      | -",
        "About 300 trucks entered through Rafah, the UN said.                                 | en | About 300 | -",
        "Le PS a obtenu 9 sièges au Grand Conseil.                                            | fr | 9       | PS",
    })
    void readsTheHolder(String text, String language, String quote, String holder) {
        assertEquals("-".equals(holder) ? null : holder, TestSentences.figure(text, language, quote).holder(), text);
    }
}
