package org.corroborate.evidence.domain;

import java.util.Objects;
import org.corroborate.extraction.QuantityKind;

/**
 * What a figure counts, so that figures and assertions about the same thing can be compared. Subject,
 * place and period are free text as the report words them; the ranker matches them by terms.
 */
public record ComparedMeasure(QuantityKind kind, String subject, String place, String period, String unit) {

    public ComparedMeasure {
        Objects.requireNonNull(kind, "kind");
    }

    public static ComparedMeasure of(QuantityKind kind, String subject) {
        return new ComparedMeasure(kind, subject, null, null, null);
    }

    /**
     * Tolls that only rise: deaths, injured, displaced, and (in conflict coverage, where they count
     * gains) places taken and area taken. An earlier, lower value of such a measure is history, not
     * a contradiction. Strikes, distances, shares and money are not.
     */
    public boolean cumulative() {
        return switch (kind) {
            case DEATHS, INJURED, DISPLACED, PLACES, AREA -> true;
            default -> false;
        };
    }
}
