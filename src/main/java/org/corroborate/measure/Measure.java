package org.corroborate.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
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

    /** Who holds what is counted, as written ("RC" of "RC won at least 64 seats"; V82), or null: not stated. */
    @Column(name = "holder")
    private @Nullable String holder;

    /** The registry's place counted (null: not known); {@code place} keeps how the text names it. */
    @Column(name = "place_id")
    private @Nullable Long placeId;

    /** First and last day counted (null: not read); {@code period} keeps the phrase. */
    @Column(name = "period_from")
    private @Nullable LocalDate periodFrom;

    @Column(name = "period_to")
    private @Nullable LocalDate periodTo;

    /** Whether a period phrase said those days (else: the window before publication, a weaker reading). */
    @Column(name = "period_stated", nullable = false)
    private boolean periodStated;

    protected Measure() {
        this.kind = QuantityKind.OTHER;
    }

    public Measure(QuantityKind kind, @Nullable String subject, @Nullable String place, @Nullable String period) {
        this.kind = Objects.requireNonNull(kind);
        this.subject = blankToNull(subject);
        this.place = blankToNull(place);
        this.period = blankToNull(period);
    }

    /** Who holds what is counted, and this measure otherwise: "RC" for "RC won at least 64 seats". */
    public Measure heldBy(@Nullable String newHolder) {
        Measure m = new Measure(kind, subject, place, period).scoped(placeId, place, days());
        m.holder = blankToNull(newHolder);
        return m;
    }

    /** This measure at a place and over days: {@code period} stated means the period phrase said so. */
    public Measure scoped(@Nullable Long placeId, @Nullable String placeName, @Nullable Period days) {
        Measure m = new Measure(kind, subject, placeId == null ? place : placeName, period);
        m.holder = holder;
        m.placeId = placeId;
        m.periodFrom = days == null ? null : days.from();
        m.periodTo = days == null ? null : days.to();
        m.periodStated = days != null && days.stated();
        return m;
    }

    public @Nullable Long placeId() {
        return placeId;
    }

    /** The days counted; stated when a period phrase said so, else the window before publication. */
    public @Nullable Period days() {
        if (periodFrom == null || periodTo == null) {
            return null;
        }
        return new Period(periodFrom, periodTo, periodStated);
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

    /** Who holds what is counted, as written, or null. */
    public @Nullable String holder() {
        return holder;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
