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

    private static Quantity q(Qualifier qualifier, String low, String high, String unit) {
        return Quantity.of(qualifier, new BigDecimal(low), high == null ? null : new BigDecimal(high), unit);
    }
}
