package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.Locale;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A figure the engine suggests, as the story view lists it; {@code source} is the resolved attribution;
 * {@code ambiguousNumber}: its number's decimal mark ("1,200") could not be told from the words around it;
 * {@code holder}: who holds what it counts ("RC" of "RC won at least 64 seats"), or null.
 */
public record FigureSuggestionRow(Long id, int start, int end, String quote, Qualifier qualifier, @Nullable BigDecimal low,
        @Nullable BigDecimal high, @Nullable String unit, String value, QuantityKind kind, @Nullable String subject,
        @Nullable String period, @Nullable String attributionMention, @Nullable Long sourceId,
        @Nullable String sourceName, boolean ambiguousNumber, @Nullable String holder) {

    /** The value as a reader in this language writes it ({@code value} is in no language: the API's). */
    public String value(Locale locale) {
        return Quantity.of(qualifier, low, high, unit).display(locale);
    }

    /** The suggestion as a draft to correct. */
    public FigureDraft draft() {
        return new FigureDraft(qualifier, low, high, unit, kind, subject, period, sourceId,
                sourceId == null ? attributionMention : null, holder);
    }
}
