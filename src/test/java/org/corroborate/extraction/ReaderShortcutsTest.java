package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number parser's shortcuts (a numeral or number word that nothing after it can extend is read
 * without the general reader: {@code NumberParser.standsAlone}) stop exactly where the general
 * reader would read more: multiplier suffixes, fractions with "in", "sur", "out of", "and a half",
 * number words, and scientific forms whose value the evaluator rescales. Each row: the text, its
 * language, and every number mention as "text=value" (the value as its {@code toString}, so the
 * scale counts too). The same readings as before the shortcuts (checked against main's engine).
 */
class ReaderShortcutsTest {

    private static final NumberRecognizer RECOGNIZER = new NumberRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de 15 à 20 km de large | fr | 15=15; 20=20",
        "25 la semaine          | fr | 25=25",
        "3 bn dollars           | en | 3 bn=3000000000",
        "10 k people            | en | 10 k=10000",
        "12 Mn                  | en | 12=12",
        "1 in 3 adults          | en | 1 in 3=0.3333333333333333",
        "1 sur 3 habitants      | fr | 1 sur 3=0.3333333333333333",
        "5 out of 10 voters     | en | 5 out of 10=0.5",
        "2 and a half days      | en | 2 and a half=2.5",
        "5 a day                | en | 5=5",
        "40 to 50 people        | en | 40=40; 50=50",
        "1e3 people             | en | 1e3=1000",
        "1e3 to go              | en | 1e3=1000",
        "vingt et un morts      | fr | vingt et un=21",
        "deux cent morts        | fr | deux cent=200",
    })
    void readsWhatTheGeneralReaderReads(String text, String language, String expected) {
        Locale l = language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        List<NumberMention> mentions = RECOGNIZER.numbers(text, l);
        StringBuilder got = new StringBuilder();
        for (NumberMention m : mentions) {
            got.append(got.isEmpty() ? "" : "; ").append(m.text()).append('=').append(m.value());
        }
        assertEquals(expected, got.toString(), text);
    }
}
