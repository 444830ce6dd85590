package org.corroborate.evidence.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.corroborate.extraction.Qualifier;

/**
 * A value as the text states it, before any reading: the qualifier and the number(s), an open side
 * being {@code null}. {@code roundNumberWord} marks values stated with a word such as "une
 * quarantaine" or "a dozen", which carry their own span instead of the approximate tolerance.
 */
public record StatedValue(Qualifier qualifier, BigDecimal low, BigDecimal high, String unit, boolean roundNumberWord) {

    public StatedValue {
        Objects.requireNonNull(qualifier, "qualifier");
        if (low == null && high == null) {
            throw new IllegalArgumentException("a stated value needs at least one number");
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    public static StatedValue exact(String number) {
        BigDecimal n = new BigDecimal(number);
        return new StatedValue(Qualifier.EXACT, n, n, null, false);
    }

    public static StatedValue of(Qualifier qualifier, String number) {
        BigDecimal n = new BigDecimal(number);
        return switch (qualifier) {
            case AT_MOST, LESS_THAN -> new StatedValue(qualifier, null, n, null, false);
            case AT_LEAST, MORE_THAN, VAGUE -> new StatedValue(qualifier, n, null, null, false);
            default -> new StatedValue(qualifier, n, n, null, false);
        };
    }

    public static StatedValue range(String low, String high) {
        return new StatedValue(Qualifier.RANGE, new BigDecimal(low), new BigDecimal(high), null, false);
    }

    /** "une quarantaine", "a dozen": approximate, read by the word's own span. */
    public static StatedValue roundNumberWord(String number) {
        BigDecimal n = new BigDecimal(number);
        return new StatedValue(Qualifier.APPROXIMATE, n, n, null, true);
    }

    public StatedValue withUnit(String newUnit) {
        return new StatedValue(qualifier, low, high, newUnit, roundNumberWord);
    }

    /** The number a reader remembers: the stated low, or the high when only that is stated. */
    public BigDecimal headline() {
        return low != null ? low : high;
    }
}
