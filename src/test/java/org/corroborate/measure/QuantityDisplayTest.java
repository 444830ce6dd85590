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

    private static Quantity q(Qualifier qualifier, String low, String high, String unit) {
        return Quantity.of(qualifier, new BigDecimal(low), high == null ? null : new BigDecimal(high), unit);
    }
}
