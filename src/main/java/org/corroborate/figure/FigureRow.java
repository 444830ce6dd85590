package org.corroborate.figure;

import java.math.BigDecimal;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.jspecify.annotations.Nullable;

/** A figure as lists show it: where it is, what it says, and how it reads; detached when its words were edited out. */
public record FigureRow(Long id, int start, int end, String quote, Qualifier qualifier, @Nullable BigDecimal low,
        @Nullable BigDecimal high, @Nullable String unit, String value, QuantityKind kind, @Nullable String subject,
        @Nullable String period, @Nullable String attribution, boolean detached) {
}
