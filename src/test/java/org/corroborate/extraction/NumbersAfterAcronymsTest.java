package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A party's count written after its acronym (third walk, H3): "Preliminary results give ADN 67 of the 151 seats ...
 * and RC 61" read only 151, so the council's own count for each party could not be linked. A number after an acronym
 * is a count when a part of a whole ("of the 151", « des 151 », "out of 151", « sur 151 ») or a counted thing or
 * people ("62 seats", « 88 sièges ») follows it, and so is the list's next acronym and number ("and RC 61"); names and
 * identifiers stay no figures (CAC 40, A320, G7 summit, Article 5, "the FTSE 100 and the CAC 40"). Each row: the
 * text, its language, and the quotes of the figures found, in order.
 */
class NumbersAfterAcronymsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // counts after a party's acronym
        "Preliminary results give ADN 67 of the 151 seats in the National Assembly and RC 61.    | en | 67; 151; 61",
        "ADN wins 66 of the 151 seats in the National Assembly and RC 62 seats; the rest go to five parties. | en | 66; 151; 62; five",
        "The count gives the ANC 159 out of 400 seats, the DA 87 and the MK 58.                 | en | 159 out of 400; 87; 58",
        "With most ballots counted, the SNP has 48 seats, the DUP 5 and the SDLP 2, the BBC projected. | en | 48; 5; 2",
        "Les résultats provisoires donnent à l'ADN 67 des 151 sièges et au RC 61.                 | fr | 67; 151; 61",
        "Le décompte accorde au RN 88 sièges et à LFI 72 sièges.                                | fr | 88; 72",
        "Selon la commission, l'UDC obtient 62 sur 200 sièges, le PS 41 et le PLR 28.           | fr | 62 sur 200; 41; 28",
        // a name after an article, the list's next item (eleventh shift)
        "Labour won 412 seats, the Conservatives 121 and the Liberal Democrats 72.            | en | 412; 121; 72",
        "Labour won 412 seats, the Conservatives 121 and the Greens 4, the BBC projected.     | en | 412; 121; 4",
        "Le RN a obtenu 88 sièges, les Verts 23 et le Centre 12.                               | fr | 88; 23; 12",
        "The airline bought 30 Airbus jets this year and the Boeing 737.                      | en | 30",
        "The Rafale 300 was shown in Paris, where 40 planes flew.                              | en | 40",
        // names and identifiers stay no figures
        "The CAC 40 fell 2% on Monday, while the FTSE 100 and the DAX 40 rose.                   | en | 2%",
        "Airbus delivered 30 A320 jets in May, and the G7 summit met in June.                    | en | 30",
        "Shares in the CAC 40 and the FTSE 100 fell by 3% in early trading.                      | en | 3%",
        "Le CAC 40 a perdu 2 % lundi, tandis que le SBF 120 a gagné 1 %.                         | fr | 2 %; 1 %",
        "L'article 5 du traité, invoqué par l'OTAN, a été discuté par 32 pays.                   | fr | 32",
    })
    void readsACountAfterAnAcronymAndNoName(String text, String language, String expected) {
        assertEquals(expected, TestSentences.quotes(text, language), text);
    }
}
