package org.corroborate.figure;

import java.math.BigDecimal;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.jspecify.annotations.Nullable;

/** A figure the engine suggests, as the story view lists it; {@code source} is the resolved attribution. */
public record FigureSuggestionRow(Long id, int start, int end, String quote, Qualifier qualifier, @Nullable BigDecimal low,
        @Nullable BigDecimal high, @Nullable String unit, String value, QuantityKind kind, @Nullable String subject,
        @Nullable String period, @Nullable String attributionMention, @Nullable Long sourceId,
        @Nullable String sourceName) {

    /** The suggestion as a draft to correct. */
    public FigureDraft draft() {
        return new FigureDraft(qualifier, low, high, unit, kind, subject, period, sourceId);
    }
}
