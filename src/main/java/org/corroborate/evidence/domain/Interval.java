package org.corroborate.evidence.domain;

import java.math.BigDecimal;

/**
 * A set of numbers a value may stand for. A {@code null} bound is infinite and always open.
 * Agreement between two values is overlap of their intervals: the tolerance is already inside them.
 */
public record Interval(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {

    public Interval {
        lowerClosed = lower != null && lowerClosed;
        upperClosed = upper != null && upperClosed;
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0 || (c == 0 && !(lowerClosed && upperClosed))) {
                throw new IllegalArgumentException("empty interval " + lower + " .. " + upper);
            }
        }
    }

    public static Interval closed(BigDecimal lower, BigDecimal upper) {
        return new Interval(lower, true, upper, true);
    }

    public static Interval point(BigDecimal value) {
        return closed(value, value);
    }

    public boolean overlaps(Interval other) {
        return startsBeforeEndOf(this, other) && startsBeforeEndOf(other, this);
    }

    /** Every number of this interval is below every number of the other. */
    public boolean entirelyBelow(Interval other) {
        return !startsBeforeEndOf(other, this);
    }

    /** Every number of the other interval is in this one. */
    public boolean encloses(Interval other) {
        boolean fromBelow = lower == null || other.lower != null && (other.lower.compareTo(lower) > 0
                || other.lower.compareTo(lower) == 0 && (lowerClosed || !other.lowerClosed));
        boolean fromAbove = upper == null || other.upper != null && (other.upper.compareTo(upper) < 0
                || other.upper.compareTo(upper) == 0 && (upperClosed || !other.upperClosed));
        return fromBelow && fromAbove;
    }

    public boolean contains(BigDecimal x) {
        return overlaps(point(x));
    }

    public boolean lowerInfinite() {
        return lower == null;
    }

    public boolean upperInfinite() {
        return upper == null;
    }

    /** Interval arithmetic for parts of a whole: bounds add, a side is closed only when both are. */
    public Interval plus(Interval other) {
        BigDecimal lo = lower == null || other.lower == null ? null : lower.add(other.lower);
        BigDecimal hi = upper == null || other.upper == null ? null : upper.add(other.upper);
        return new Interval(lo, lowerClosed && other.lowerClosed, hi, upperClosed && other.upperClosed);
    }

    private static boolean startsBeforeEndOf(Interval a, Interval b) {
        if (a.lower == null || b.upper == null) {
            return true;
        }
        int c = a.lower.compareTo(b.upper);
        return c < 0 || (c == 0 && a.lowerClosed && b.upperClosed);
    }

    @Override
    public String toString() {
        return (lowerClosed ? "[" : "(") + (lower == null ? "-∞" : lower.stripTrailingZeros().toPlainString())
                + ", " + (upper == null ? "∞" : upper.stripTrailingZeros().toPlainString()) + (upperClosed ? "]" : ")");
    }
}
