package org.corroborate.evidence.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A figure of a story, as the status rules see it. {@code attribution} is the source the story
 * names ("selon l'OSDH"), or {@code null}. {@code asOf} is the story's publication time (or now, for
 * a draft): values published before it can be history, values published after it can supersede.
 * {@code parts} are the story's figures that break this one down ("environ 260 morts, dont 110 ...
 * et 148 ..."), checked against it as parts of a whole.
 */
public record CheckedFigure(String id, String quote, StatedValue value, ComparedMeasure measure, SourceProfile attribution,
                            Instant asOf, List<StatedValue> parts) {

    public CheckedFigure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(asOf, "asOf");
        quote = quote == null ? "" : quote;
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public CheckedFigure(String id, String quote, StatedValue value, ComparedMeasure measure, SourceProfile attribution, Instant asOf) {
        this(id, quote, value, measure, attribution, asOf, List.of());
    }

    public CheckedFigure withParts(List<StatedValue> newParts) {
        return new CheckedFigure(id, quote, value, measure, attribution, asOf, newParts);
    }

    /** The figure with the scope it counts (its own, or its story's where it says none). */
    public CheckedFigure withScope(org.corroborate.measure.Scope scope) {
        return new CheckedFigure(id, quote, value, measure.withScope(scope), attribution, asOf, parts);
    }

    public String unit() {
        return value.unit() != null ? value.unit() : measure.unit();
    }
}
