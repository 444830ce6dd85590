package org.corroborate.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.corroborate.extraction.Qualifier;
import org.junit.jupiter.api.Test;

/** A value as a reader in the UI language sees it: grouping, decimal sign and where the currency goes. */
class QuantityDisplayTest {

    @Test
    void inEnglishDigitsGroupWithCommasAndADollarComesFirst() {
        assertThat(q(Qualifier.EXACT, "25000000", "25000000", "$").display(Locale.ENGLISH)).isEqualTo("$25,000,000");
        assertThat(q(Qualifier.MORE_THAN, "1000", null, null).display(Locale.ENGLISH)).isEqualTo("> 1,000");
        assertThat(q(Qualifier.RANGE, "1.5", "2.25", "km").display(Locale.ENGLISH)).isEqualTo("1.5–2.25 km");
    }

    @Test
    void inFrenchDigitsGroupWithNarrowSpacesAndTheCurrencyFollows() {
        assertThat(q(Qualifier.EXACT, "25000000", "25000000", "$").display(Locale.FRENCH))
                .isEqualTo("25\u202f000\u202f000 $");
        assertThat(q(Qualifier.RANGE, "1.5", "2", "km").display(Locale.FRENCH)).isEqualTo("1,5–2 km");
    }

    /** Third walk, H17: the engine's unit codes "kmh", "degC" were shown as such ("≤ 70 kmh", "40 degC"). */
    @Test
    void unitsAreWrittenAsNewsWritesThem() {
        assertThat(q(Qualifier.AT_MOST, "70", "70", "kmh").display(Locale.ENGLISH)).isEqualTo("≤ 70 km/h");
        assertThat(q(Qualifier.EXACT, "41.2", "41.2", "degC").display(Locale.FRENCH)).isEqualTo("41,2 °C");
        assertThat(q(Qualifier.EXACT, "104", "104", "degF").display(Locale.ENGLISH)).isEqualTo("104 °F");
        assertThat(q(Qualifier.EXACT, "320", "320", "km2").display(Locale.ENGLISH)).isEqualTo("320 km2");
    }

    /** Third walk, H18: « 98.4 % », « 1.2 pp » in the French UI; "> 16 000 ha", "8 700 000 $" in the English one. */
    @Test
    void eachLanguageWritesItsDecimalSignGroupingCurrencyAndPercentagePoints() {
        assertThat(q(Qualifier.EXACT, "98.4", "98.4", "%").display(Locale.FRENCH)).isEqualTo("98,4 %");
        assertThat(q(Qualifier.EXACT, "1.2", "1.2", "pp").display(Locale.FRENCH)).isEqualTo("1,2 pt");
        assertThat(q(Qualifier.EXACT, "0.7", "0.7", "pp").display(Locale.FRANCE)).isEqualTo("0,7 pt");
        assertThat(q(Qualifier.MORE_THAN, "2", null, "pp").display(Locale.FRENCH)).isEqualTo("> 2 pts");
        assertThat(q(Qualifier.RANGE, "1.5", "3", "pp").display(Locale.FRENCH)).isEqualTo("1,5–3 pts");
        assertThat(q(Qualifier.EXACT, "1.2", "1.2", "pp").display(Locale.ENGLISH)).isEqualTo("1.2 pp");
        assertThat(q(Qualifier.EXACT, "98.4", "98.4", "%").display(Locale.ENGLISH)).isEqualTo("98.4%");
        assertThat(q(Qualifier.MORE_THAN, "16000", null, "ha").display(Locale.ENGLISH)).isEqualTo("> 16,000 ha");
        assertThat(q(Qualifier.MORE_THAN, "16000", null, "ha").display(Locale.FRENCH))
                .isEqualTo("> 16\u202f000 ha");
        assertThat(q(Qualifier.EXACT, "8700000", "8700000", "$").display(Locale.ENGLISH)).isEqualTo("$8,700,000");
    }

    private static Quantity q(Qualifier qualifier, String low, String high, String unit) {
        return Quantity.of(qualifier, new BigDecimal(low), high == null ? null : new BigDecimal(high), unit);
    }
}
