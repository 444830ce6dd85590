package org.corroborate.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.corroborate.extraction.QuantityKind;
import org.jspecify.annotations.Nullable;

/** What a figure or assertion counts, so that statements about the same thing can be compared. */
@Embeddable
public class Measure {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private QuantityKind kind;

    @Column(name = "subject")
    private @Nullable String subject;

    @Column(name = "place")
    private @Nullable String place;

    @Column(name = "period")
    private @Nullable String period;

    protected Measure() {
        this.kind = QuantityKind.OTHER;
    }

    public Measure(QuantityKind kind, @Nullable String subject, @Nullable String place, @Nullable String period) {
        this.kind = Objects.requireNonNull(kind);
        this.subject = blankToNull(subject);
        this.place = blankToNull(place);
        this.period = blankToNull(period);
    }

    public QuantityKind kind() {
        return kind;
    }

    public @Nullable String subject() {
        return subject;
    }

    public @Nullable String place() {
        return place;
    }

    public @Nullable String period() {
        return period;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
