package org.corroborate.evidence.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Compares an assertion's value with a figure's value. Shared by the status engine and the ranker so
 * that what the ranker proposes is what the engine will conclude.
 *
 * <p>Earlier values: for a cumulative measure ({@link ComparedMeasure#cumulative()}), an assertion published
 * before the figure's as-of time whose value lies entirely below the figure's interval is history,
 * whatever its origin (tolls rise: RFI's 15 localities on 22 December is "earlier" for "une
 * quarantaine de villages" on the 24th). An open-ended value counts at the number it states:
 * "plus de 170" two days before "environ 260" is an earlier toll of 170, not support, even though
 * (170, ∞) overlaps [247, 273]. "Below" is strict and ignores open ends, so the same number stated
 * the same way ("plus de 130 000" before "plus de 130 000") is support, not history.
 */
public final class ValueComparison {

    private ValueComparison() {
    }

    public static Agreement compare(ComparedMeasure figureMeasure, Interval figureValue, Instant asOf,
                                    StatedAssertion assertion, Interval assertionValue) {
        if (isEarlier(figureMeasure, figureValue, asOf, assertion, assertionValue)) {
            return Agreement.EARLIER;
        }
        return figureValue.overlaps(assertionValue) ? Agreement.AGREES : Agreement.DISAGREES;
    }

    static boolean isEarlier(ComparedMeasure figureMeasure, Interval figureValue, Instant asOf,
                             StatedAssertion assertion, Interval assertionValue) {
        if (!figureMeasure.cumulative() || !assertion.published().isBefore(asOf) || figureValue.lowerInfinite()) {
            return false;
        }
        BigDecimal top = statedLevel(assertion.value(), assertionValue).upper();
        return top != null && top.compareTo(figureValue.lower()) < 0;
    }

    /** The level a value vouches for: an open top says nothing about how much more, so the stated number. */
    static Interval statedLevel(StatedValue stated, Interval read) {
        if (read.upperInfinite() && read.lower() != null) {
            return Interval.point(read.lower().max(stated.headline()));
        }
        return read;
    }
}
