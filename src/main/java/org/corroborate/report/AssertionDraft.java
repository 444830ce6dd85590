package org.corroborate.report;

import java.math.BigDecimal;
import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * An assertion before it is stored: found by the extraction engine, then corrected by a fact-checker.
 * {@code attribution} is the mention as written ("l'OSDH"), kept to show where the origin came from. {@code whole}:
 * the number is the whole a part is counted from ("67 of the <b>151</b> seats", see
 * {@link org.corroborate.extraction.ExtractedFigure#whole()}). {@code holder}: who holds what is counted, as written
 * ("RC" of "RC won at least 64 seats"), or null.
 */
public record AssertionDraft(String quote, int start, Qualifier qualifier, @Nullable BigDecimal low,
        @Nullable BigDecimal high, @Nullable String unit, QuantityKind kind, @Nullable String subject,
        @Nullable String period, @Nullable String attribution, SourceRef origin, List<SourceRef> via,
        boolean whole, @Nullable String holder) {

    public AssertionDraft {
        via = List.copyOf(via);
        holder = holder == null || holder.isBlank() ? null : holder.strip();
    }

    /** A draft whose holder is not stated. */
    public AssertionDraft(String quote, int start, Qualifier qualifier, @Nullable BigDecimal low,
            @Nullable BigDecimal high, @Nullable String unit, QuantityKind kind, @Nullable String subject,
            @Nullable String period, @Nullable String attribution, SourceRef origin, List<SourceRef> via,
            boolean whole) {
        this(quote, start, qualifier, low, high, unit, kind, subject, period, attribution, origin, via, whole, null);
    }

    /** A draft whose number is not the whole of a part. */
    public AssertionDraft(String quote, int start, Qualifier qualifier, @Nullable BigDecimal low,
            @Nullable BigDecimal high, @Nullable String unit, QuantityKind kind, @Nullable String subject,
            @Nullable String period, @Nullable String attribution, SourceRef origin, List<SourceRef> via) {
        this(quote, start, qualifier, low, high, unit, kind, subject, period, attribution, origin, via, false);
    }
}
