package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dateline of a pasted story, read to propose when it ran (walker F16): English and French wire forms, the
 * headline before it, the nearest past day when it gives no year, and never a day after today.
 */
class DatelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MAPUTO, March 18 (Reuters) - Cyclone Idai has killed at least 242 people.        | 2026-03-18 | false | MAPUTO, March 18 (Reuters)",
        "BEIRA, Mozambique, March 20, 2019 (Reuters) - The death toll rose to 417.        | 2019-03-20 | true  | BEIRA, Mozambique, March 20, 2019 (Reuters)",
        "GENEVA, 19 March 2019 (AFP) — Some 600,000 people are affected, OCHA said.       | 2019-03-19 | true  | GENEVA, 19 March 2019 (AFP)",
        "WASHINGTON, Sept. 9 (AP) — The State Department offered help.                   | 2026-09-09 | false | WASHINGTON, Sept. 9 (AP)",
        "RABAT, 9 septembre (AFP) - Le séisme a fait au moins 2 012 morts.                | 2026-09-09 | false | RABAT, 9 septembre (AFP)",
        "Marrakech, le 10 septembre 2023 – Les secours fouillent les décombres.          | 2023-09-10 | true  | Marrakech, le 10 septembre 2023",
        "PARIS, 1er décembre 2025 (AFP) - Le gouvernement a débloqué 20 millions d'euros. | 2025-12-01 | true  | PARIS, 1er décembre 2025 (AFP)",
        "NAIROBI, Dec. 24 (Reuters) - Floods displaced 10,000 people.                     | 2025-12-24 | false | NAIROBI, Dec. 24 (Reuters)",
    })
    void readsTheDayOfAWireDateline(String text, LocalDate day, boolean yearRead, String words) {
        Optional<Dateline> read = Dateline.read(text, TODAY);
        assertThat(read).contains(new Dateline(day, words, yearRead));
    }

    @Test
    void readsTheDatelineUnderTheHeadline() {
        String story = """
                Le bilan du séisme s'alourdit à 2 946 morts

                RABAT, 11 septembre 2023 - Le dernier bilan fait état de 2 946 morts, a annoncé le ministère.""";
        assertThat(Dateline.read(story, TODAY)).map(Dateline::day).contains(LocalDate.of(2023, 9, 11));
    }

    @Test
    void withoutAYearTheDayIsTheNearestOneNotAfterToday() {
        assertThat(Dateline.read("KABUL, Dec. 5 (Reuters) - A quake struck.", TODAY)).map(Dateline::day)
                .contains(LocalDate.of(2026, 12, 5));
        assertThat(Dateline.read("KABUL, Dec. 6 (Reuters) - A quake struck.", TODAY)).map(Dateline::day)
                .contains(LocalDate.of(2025, 12, 6));
        assertThat(Dateline.read("ROME, 29 février (AFP) - Le Tibre a débordé.", TODAY)).map(Dateline::day)
                .contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RABAT, 9 septembre 2027 (AFP) - Un séisme annoncé pour demain.",
        "RABAT (AFP) - Le séisme de magnitude 6,8 a fait au moins 2 012 morts.",
        "Cyclone Idai: situation update, 18 March 2019",
        "PARIS, 31 février 2023 (AFP) - Une date qui n'existe pas.",
        "The storm hit on March 18 - and Beira, March 18 (Reuters) - came later in the text.",
    })
    void proposesNothingWithoutADatelineOrForADayAfterToday(String text) {
        assertThat(Dateline.read(text, TODAY)).isEmpty();
    }
}
