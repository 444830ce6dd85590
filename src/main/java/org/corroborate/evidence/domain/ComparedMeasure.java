package org.corroborate.evidence.domain;

import java.util.Objects;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Scope;

/**
 * What a figure counts, so that figures and assertions about the same thing can be compared: kind, subject (free
 * text as the report words it; the ranker matches it by terms), place and period as worded, and the {@link Scope}
 * read from them (a place of the registry, the days counted) that {@link org.corroborate.measure.SameMeasure} compares.
 * {@code holder}: who holds what is counted, as written ("RC" of "RC won at least 64 seats"), or null.
 */
public record ComparedMeasure(QuantityKind kind, String subject, String place, String period, String unit,
                              Scope scope, String holder) {

    public ComparedMeasure {
        Objects.requireNonNull(kind, "kind");
        scope = scope == null ? Scope.UNKNOWN : scope;
        holder = holder == null || holder.isBlank() ? null : holder.strip();
    }

    /** A measure whose holder is not stated. */
    public ComparedMeasure(QuantityKind kind, String subject, String place, String period, String unit, Scope scope) {
        this(kind, subject, place, period, unit, scope, null);
    }

    /** A measure whose scope is not known. */
    public ComparedMeasure(QuantityKind kind, String subject, String place, String period, String unit) {
        this(kind, subject, place, period, unit, Scope.UNKNOWN);
    }

    public ComparedMeasure withScope(Scope newScope) {
        return new ComparedMeasure(kind, subject, place, period, unit, newScope, holder);
    }

    public static ComparedMeasure of(QuantityKind kind, String subject) {
        return new ComparedMeasure(kind, subject, null, null, null);
    }

    /**
     * Tolls that only rise: deaths, injured, displaced, affected, and (in conflict coverage, where they count
     * gains) places taken and area taken. An earlier, lower value of such a measure is history, not
     * a contradiction. Strikes, distances, shares and money are not.
     */
    public boolean cumulative() {
        return switch (kind) {
            case DEATHS, INJURED, DISPLACED, AFFECTED, PLACES, AREA -> true;
            default -> false;
        };
    }

    /**
     * Whether the kind alone says what is counted, so that a value whose subject one side does not state may still
     * be about the same thing (DD020): tolls ({@link #cumulative()}) and strikes. A share, an amount of money, a
     * count of people, a distance, a duration or "other" says nothing of what it measures without its subject:
     * "61%" (a ballot's turnout) and "more than 90%" (a strike's compliance) are not one measure (DD028).
     */
    public boolean countedByKind() {
        return cumulative() || kind == QuantityKind.STRIKES;
    }
}
