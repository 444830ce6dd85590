package org.corroborate.extraction;

import java.math.BigDecimal;

/**
 * A comparative or interval mention ("between 20 and 30", "more than 40", "up to 700").
 * {@code low}/{@code high} are null when open; the inclusive flags say whether the bound belongs
 * to the interval.
 */
public record RangeMention(int start, int end, String text, BigDecimal low, boolean lowInclusive,
                           BigDecimal high, boolean highInclusive) {
}
