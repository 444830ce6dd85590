package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A figure's value and measure as a fact-checker states them: to correct a suggestion before accepting it,
 * or for a figure added by selecting its words. {@code sourceId} is the registered source it is attributed to;
 * without one, {@code attributionMention} is who the figure is attributed to in words (a name typed that no
 * registered source has): kept as free text, never dropped. {@code holder}: who holds what is counted ("RC" of "RC won
 * at least 64 seats"), or null.
 */
public record FigureDraft(Qualifier qualifier, @Nullable BigDecimal low, @Nullable BigDecimal high,
        @Nullable String unit, QuantityKind kind, @Nullable String subject, @Nullable String period,
        @Nullable Long sourceId, @Nullable String attributionMention, @Nullable String holder) {

    public FigureDraft {
        holder = holder == null || holder.isBlank() ? null : holder.strip();
    }

    /** A draft whose holder is not stated. */
    public FigureDraft(Qualifier qualifier, @Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable String unit,
            QuantityKind kind, @Nullable String subject, @Nullable String period, @Nullable Long sourceId,
            @Nullable String attributionMention) {
        this(qualifier, low, high, unit, kind, subject, period, sourceId, attributionMention, null);
    }

    /** A draft attributed to a registered source, or to nobody. */
    public FigureDraft(Qualifier qualifier, @Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable String unit,
            QuantityKind kind, @Nullable String subject, @Nullable String period, @Nullable Long sourceId) {
        this(qualifier, low, high, unit, kind, subject, period, sourceId, null, null);
    }

    public static final int MAX_UNIT_LENGTH = 20;
    public static final int MAX_SUBJECT_LENGTH = 500;
    public static final int MAX_PERIOD_LENGTH = 300;
    public static final int MAX_HOLDER_LENGTH = 200;

    /** Nothing known yet: an exact count. */
    public static FigureDraft empty() {
        return new FigureDraft(Qualifier.EXACT, null, null, null, QuantityKind.OTHER, null, null, null);
    }

    /** Translation keys of what is wrong with the draft; empty when it can be stored. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (qualifier == null) {
            problems.add("figure.error.qualifier-required");
        }
        if (kind == null) {
            problems.add("figure.error.kind-required");
        }
        if (!Quantity.hasNumber(low, high)) {
            problems.add("figure.error.value-required");
        } else if (!Quantity.ordered(low, high)) {
            problems.add("figure.error.low-above-high");
        } else if (!Quantity.signFits(kind, low, high)) {
            problems.add("figure.error.negative");
        } else if (!Quantity.rangeComplete(qualifier, low, high)) {
            problems.add("figure.error.range-needs-both");
        }
        if (tooLong(unit, MAX_UNIT_LENGTH) || tooLong(subject, MAX_SUBJECT_LENGTH)
                || tooLong(period, MAX_PERIOD_LENGTH) || tooLong(holder, MAX_HOLDER_LENGTH)) {
            problems.add("figure.error.too-long");
        }
        return problems;
    }

    /** The draft in one line, as the history shows values: "≈ 260 · DEATHS · civils · OSDH". */
    public String summary(@Nullable String attribution) {
        return summary(Quantity.of(qualifier, low, high, unit == null ? null : unit.strip()),
                new Measure(kind, subject, null, period).heldBy(holder), attribution);
    }

    static String summary(Quantity q, Measure m, @Nullable String attribution) {
        StringBuilder line = new StringBuilder(q.display()).append(" · ").append(m.kind().name());
        for (String part : new String[] {m.subject(), m.holder(), m.period(), attribution}) {
            if (part != null && !part.isBlank()) {
                line.append(" · ").append(part.strip());
            }
        }
        if (m.placeId() != null && m.place() != null) {
            line.append(" · @ ").append(m.place());
        }
        if (m.days() != null) {
            line.append(" · ").append(m.days().display());
        }
        return line.toString();
    }

    Quantity quantity() {
        requireValid();
        return Quantity.of(qualifier, low, high, unit == null ? null : unit.strip());
    }

    Measure measure() {
        requireValid();
        return new Measure(kind, subject, null, period).heldBy(holder);
    }

    private void requireValid() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidFigureException(problems);
        }
    }

    private static boolean tooLong(@Nullable String s, int max) {
        return s != null && s.strip().length() > max;
    }
}
