package org.corroborate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Typed dates are read in the user's order of day and month (walk of 5 December 2026, G12): "03/12/2026" in the
 * English UI of a British browser was 12 March, nine months off for the desk.
 */
class DateOrderTest {

    private static final Map<String, String> WORDS = Map.of("date.read-as", "Read as {0}.");

    @Test
    void aBritishBrowserReadsTheDayFirstAndAnAmericanOneTheMonthFirst() {
        assertThat(DateFields.formats(DateFields.dateLocale(Locale.ENGLISH, Locale.UK)))
                .startsWith("dd/MM/yyyy", "d/M/yyyy").contains("yyyy-MM-dd");
        assertThat(DateFields.formats(DateFields.dateLocale(Locale.ENGLISH, Locale.US)))
                .startsWith("MM/dd/yyyy", "M/d/yyyy").contains("yyyy-MM-dd");
    }

    @Test
    void englishWithoutACountryIsReadAsABritishOrAfricanDeskWritesIt() {
        assertThat(DateFields.dateLocale(Locale.ENGLISH, Locale.ENGLISH)).isEqualTo(Locale.UK);
        assertThat(DateFields.dateLocale(Locale.ENGLISH, null)).isEqualTo(Locale.UK);
        assertThat(DateFields.dateLocale(Locale.ENGLISH, Locale.forLanguageTag("en-NG")).getCountry()).isEqualTo("NG");
        assertThat(DateFields.formats(Locale.forLanguageTag("en-NG")).getFirst()).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void theFrenchUiReadsTheDayFirstWhateverTheBrowsersEnglish() {
        assertThat(DateFields.dateLocale(Locale.FRENCH, Locale.US)).isEqualTo(Locale.FRANCE);
        assertThat(DateFields.formats(Locale.FRANCE).getFirst()).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void aCanadianBrowserReadsTheYearFirst() {
        assertThat(DateFields.formats(DateFields.dateLocale(Locale.FRENCH, Locale.CANADA_FRENCH)).getFirst())
                .isEqualTo("yyyy-MM-dd");
    }

    /**
     * Walk3 H16: beside fields that read "30/11/2026", the English UI wrote days and times as an American desk does
     * ("Nov 30, 2026", "Dec 5, 2026, 1:37 PM UTC"); they follow the same desk's order now.
     */
    @Test
    void daysAndTimesShownAreWrittenInTheOrderTheFieldsRead() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        java.time.Instant time = java.time.Instant.parse("2026-12-05T13:37:00Z");

        assertThat(Formats.date(day, Locale.ENGLISH)).as("no browser: day first").isEqualTo("30 Nov 2026");
        assertThat(Formats.dateTime(time, Locale.ENGLISH)).isEqualTo("5 Dec 2026, 13:37 UTC");
        assertThat(Formats.date(day, Locale.FRENCH)).isEqualTo("30 nov. 2026");
        assertThat(Formats.dateTime(time, Locale.FRENCH)).isEqualTo("5 déc. 2026 13:37 UTC");
    }

    @Test
    void theChosenDateIsSpelledOutInTheHelperTextBeforeTheFieldsOwnHelp() {
        LocalDate third = LocalDate.of(2026, 12, 3);

        assertThat(DateFields.readAs(third, Locale.UK, "Reports after it are newer.", WORDS::get))
                .isEqualTo("Read as Thursday, 3 December 2026. Reports after it are newer.");
        assertThat(DateFields.readAs(third, Locale.FRANCE, null, k -> "Lu comme {0}."))
                .isEqualTo("Lu comme jeudi 3 décembre 2026.");
        assertThat(DateFields.readAs(null, Locale.UK, "Reports after it are newer.", WORDS::get))
                .isEqualTo("Reports after it are newer.");
    }
}
