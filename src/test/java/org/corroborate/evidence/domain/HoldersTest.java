package org.corroborate.evidence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two holders name different parties, as reports write names: each row, two holders and whether they differ. */
class HoldersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "ADN                        | RC                          | true",
        "Revolucion Ciudadana (RC)  | RC                          | false",
        "Revolucion Ciudadana (RC)  | ADN                         | true",
        "Revolución Ciudadana       | Revolucion Ciudadana        | false",
        "Revolucion Ciudadana       | RC                          | false",
        "Democratic Alliance        | DA                          | false",
        "DA                         | ANC                         | true",
        "Parti socialiste           | PS                          | false",
        "France insoumise           | LFI                         | false",
        "La France insoumise        | LFI                         | false",
        "Alternative für Deutschland | AfD                        | false",
        "Rassemblement national     | le Rassemblement national   | false",
        "Verts                      | PS                          | true",
        "Noboa                      | Daniel Noboa                | false",
        "Noboa                      | Gonzalez                    | true",
        "United Nations             | UN                          | false",
        // a word in common is taken for one party: loose on purpose, as before holders were read (no support withheld)
        "United Nations             | United States               | false",
        "ADN                        | -                           | false",
        "-                          | -                           | false",
        "' '                        | RC                          | false",
    })
    void differ(String a, String b, boolean differ) {
        assertEquals(differ, Holders.differ(a, b), a + " / " + b);
    }
}
