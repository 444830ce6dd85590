package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole a part is counted from is read as such (third walk, H3: the Assembly's 151 seats "supported" a party's
 * "at least 64 seats"): after "of (the)", "out of", « des », « sur (les) » that follow the part, or opening the
 * sentence. Each row: the text, its language, a figure's quote and whether it is a whole.
 */
class WholesOfPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Preliminary results give ADN 67 of the 151 seats in the Assembly and RC 61.         | en | 151     | true",
        "Preliminary results give ADN 67 of the 151 seats in the Assembly and RC 61.         | en | 67      | false",
        "Of the 2,400 people evacuated, about 300 have returned home, officials said.        | en | 2,400   | true",
        "Of the 2,400 people evacuated, about 300 have returned home, officials said.        | en | about 300 | false",
        "Some 40 of the 120 schools in the province remain closed.                           | en | 120     | true",
        "Fewer than 20 of the 104 departures scheduled at Abuja left on time.                | en | 104     | true",
        "Two of the three hospitals in the city were hit.                                    | en | three   | true",
        "The storm destroyed 1,200 of the 5,000 homes in the area.                           | en | 5,000   | true",
        "Only 40 schools out of 120 reopened on Monday.                                      | en | 120     | true",
        "Sur les 300 salariés du site, 120 seront licenciés, selon la CGT.                   | fr | 300     | true",
        "Sur les 300 salariés du site, 120 seront licenciés, selon la CGT.                   | fr | 120     | false",
        "L'ADN obtient 67 des 151 sièges de l'Assemblée.                                     | fr | 151     | true",
        "Le parti a obtenu 62 sièges sur 200.                                                 | fr | 200     | true",
        "Au moins 8 des 40 blessés sont dans un état grave, selon l'hôpital.                 | fr | 40      | true",
        // not a whole
        "The company had 1988 sales of about $14 million, the firm said.                     | en | about $14 million | false",
        "Prices of the 500 items in the basket rose last month.                              | en | 500     | false",
        "Le prix des 500 produits du panier a augmenté.                                      | fr | 500     | false",
        "The council counted 151 seats.                                                      | en | 151     | false",
    })
    void readsTheWhole(String text, String language, String quote, boolean whole) {
        assertEquals(whole, TestSentences.figure(text, language, quote).whole(), text);
    }
}
