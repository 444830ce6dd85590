package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Locale;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A figure as lists show it: where it is, what it says, and how it reads; detached when its words were edited out.
 * {@code value} is written in no language (digits grouped with narrow spaces: the API's); a view shows
 * {@link #value(Locale)}.
 */
public record FigureRow(Long id, int start, int end, String quote, Qualifier qualifier, @Nullable BigDecimal low,
        @Nullable BigDecimal high, @Nullable String unit, String value, QuantityKind kind, @Nullable String subject,
        @Nullable String period, @Nullable String attribution, boolean detached, @Nullable String holder) {

    /** A figure whose holder is not stated. */
    public FigureRow(Long id, int start, int end, String quote, Qualifier qualifier, @Nullable BigDecimal low,
            @Nullable BigDecimal high, @Nullable String unit, String value, QuantityKind kind, @Nullable String subject,
            @Nullable String period, @Nullable String attribution, boolean detached) {
        this(id, start, end, quote, qualifier, low, high, unit, value, kind, subject, period, attribution, detached,
                null);
    }

    /** The value as a reader in this language writes it: "> 16,000 ha", "$8,700,000"; « 98,4 % », « 1,2 pt ». */
    public String value(Locale locale) {
        return Quantity.of(qualifier, low, high, unit).display(locale);
    }
}
