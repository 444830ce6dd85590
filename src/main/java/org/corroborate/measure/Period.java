package org.corroborate.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a figure or assertion counts, both ends included: "en cinq jours" in a report of 24 December is
 * 19–24 December. {@code stated} says whether a period phrase said so; an unstated period is the window before
 * the publication that a toll without a period phrase is taken to count ({@link #before}), a weaker reading.
 */
public record Period(LocalDate from, LocalDate to, boolean stated) {

    /** How far back a value without a period phrase is taken to reach. */
    public static final int UNSTATED_DAYS = 30;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period stated(LocalDate from, LocalDate to) {
        return new Period(from, to, true);
    }

    /** The window a value published on {@code day} without a period phrase is taken to count. */
    public static Period before(LocalDate day) {
        return new Period(day.minusDays(UNSTATED_DAYS), day, false);
    }

    /** Whether the two periods share at least one day (one containing the other included). */
    public boolean overlaps(Period other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** "19–24 Dec 2019" style, ISO dates: what lists and the API show. */
    public String display() {
        return from.equals(to) ? from.toString() : from + " – " + to;
    }
}
