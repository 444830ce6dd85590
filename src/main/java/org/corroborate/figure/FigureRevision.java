package org.corroborate.figure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One value a figure has had: as added, as corrected, or as restored. Written once, never changed. */
@Entity
@Immutable
@Table(name = "figure_revision")
class FigureRevision extends AbstractEntity {

    /** How the figure came to have this value. */
    enum Action { ADDED, EDITED, RESTORED }

    @Column(name = "figure_id", nullable = false, updatable = false)
    private Long figureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private Action action;

    @Embedded
    private Quantity quantity;

    @Embedded
    private Measure measure;

    @Column(name = "attributed_source_id", updatable = false)
    private @Nullable Long attributedSourceId;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected FigureRevision() {
    }

    FigureRevision(Figure figure, Action action, String by, Instant at) {
        this.figureId = figure.getId();
        this.action = Objects.requireNonNull(action);
        this.quantity = copy(figure.getQuantity());
        this.measure = copy(figure.getMeasure());
        this.attributedSourceId = figure.getAttributedSource() == null ? null : figure.getAttributedSource().getId();
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** Embedded values are never shared between two entities. */
    static Quantity copy(Quantity q) {
        return new Quantity(q.qualifier(), q.low(), q.high(), q.point(), q.unit());
    }

    static Measure copy(Measure m) {
        return new Measure(m.kind(), m.subject(), m.place(), m.period()).scoped(m.placeId(), m.place(), m.days())
                .heldBy(m.holder());
    }

    Long getFigureId() {
        return figureId;
    }

    Action getAction() {
        return action;
    }

    Quantity getQuantity() {
        return quantity;
    }

    Measure getMeasure() {
        return measure;
    }

    @Nullable Long getAttributedSourceId() {
        return attributedSourceId;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
