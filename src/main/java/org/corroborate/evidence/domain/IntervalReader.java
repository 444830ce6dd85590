package org.corroborate.evidence.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads a {@link StatedValue} into the {@link Interval} compared with other reports (docs/design-decisions/DD001,
 * "Values become intervals"). The rules, by qualifier:
 * <ul>
 * <li>EXACT: a number that shows its precision with trailing zeros is read at that precision, half
 *     open as rounding is: "70" → [65, 75), "260" → [255, 265), "110" → [105, 115),
 *     "370 000" → [365 000, 375 000), "1.5 million" → [1 450 000, 1 550 000). The half-width is
 *     capped by {@link Tolerances#precisionCap()}. "148", "15", "4" stay exact points.</li>
 * <li>APPROXIMATE: ± {@link Tolerances#approximate()}, "environ 260" → [247, 273]; stated with a
 *     round number word, the word's own span instead (below).</li>
 * <li>NEARLY: [x − {@link Tolerances#nearly()}, x], "près de 70" → [66.5, 70]; a share stated with a fraction word
 *     five points below: "nearly half" → [45, 50] (and "about half" [45, 55]).</li>
 * <li>MORE_THAN (x, ∞); AT_LEAST [x, ∞); LESS_THAN (−∞, x); AT_MOST (−∞, x]; RANGE [low, high]
 *     as stated: these words already say how far the value may go.</li>
 * <li>VAGUE: the stated bounds widened outward by {@link Tolerances#vague()}; an open side stays open.</li>
 * </ul>
 * Round number words span half-way to their neighbours: the tens words (dizaine, vingtaine,
 * trentaine, quarantaine, cinquantaine, soixantaine) are ± 5, "une quarantaine" → [35, 45], since
 * the neighbouring words are ten apart; douzaine and quinzaine ("a dozen") are ± 2; from 100 on
 * (centaine, millier) no neighbouring word exists, so ± {@link Tolerances#largeRoundWord()}:
 * "une centaine" → [80, 120], "un millier" → [800, 1 200].
 */
public final class IntervalReader {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Tolerances tolerances;

    public IntervalReader(Tolerances tolerances) {
        this.tolerances = Objects.requireNonNull(tolerances);
    }

    public static IntervalReader withDefaults() {
        return new IntervalReader(Tolerances.defaults());
    }

    public Tolerances tolerances() {
        return tolerances;
    }

    public Interval read(StatedValue v) {
        return switch (v.qualifier()) {
            case EXACT -> statesTwoNumbers(v) ? asStated(v) : atShownPrecision(v.headline());
            case APPROXIMATE -> fractionOfAWhole(v) ? Interval.closed(v.headline().subtract(FIVE), v.headline().add(FIVE))
                    : v.roundNumberWord() ? roundWordSpan(v.headline()) : around(v.headline());
            case NEARLY -> {
                BigDecimal x = v.high() != null ? v.high() : v.low();
                yield Interval.closed(x.subtract(fractionOfAWhole(v) ? FIVE : share(x, tolerances.nearly())), x);
            }
            case MORE_THAN -> new Interval(v.headline(), false, null, false);
            case AT_LEAST -> new Interval(v.headline(), true, null, false);
            case LESS_THAN -> new Interval(null, false, v.high() != null ? v.high() : v.low(), false);
            case AT_MOST -> new Interval(null, false, v.high() != null ? v.high() : v.low(), true);
            case RANGE -> asStated(v);
            case VAGUE -> widened(v);
        };
    }

    private Interval atShownPrecision(BigDecimal x) {
        int zeros = -x.stripTrailingZeros().scale();
        if (x.signum() == 0 || zeros <= 0) {
            return Interval.point(x);
        }
        BigDecimal half = TEN.pow(zeros).divide(TWO).min(share(x, tolerances.precisionCap()));
        return new Interval(x.subtract(half), true, x.add(half), false);
    }

    private Interval around(BigDecimal x) {
        BigDecimal d = share(x, tolerances.approximate());
        return Interval.closed(x.subtract(d), x.add(d));
    }

    private Interval roundWordSpan(BigDecimal x) {
        BigDecimal half;
        if (x.compareTo(HUNDRED) >= 0) {
            half = share(x, tolerances.largeRoundWord());
        } else if (x.remainder(TEN).signum() == 0) {
            half = FIVE;
        } else {
            half = TWO;
        }
        return Interval.closed(x.subtract(half).max(BigDecimal.ZERO), x.add(half));
    }

    private Interval widened(StatedValue v) {
        BigDecimal lo = v.low() == null ? null : v.low().subtract(share(v.low(), tolerances.vague()));
        BigDecimal hi = v.high() == null ? null : v.high().add(share(v.high(), tolerances.vague()));
        return new Interval(lo, true, hi, true);
    }

    /**
     * A share stated with a fraction word ("nearly half", « environ un tiers »): five points either way ("about half" →
     * [45, 55]; "nearly half" → [45, 50]), as a reader takes 47 % for nearly half (third walk, H19).
     */
    private static boolean fractionOfAWhole(StatedValue v) {
        return v.roundNumberWord() && "%".equals(v.unit());
    }

    private static boolean statesTwoNumbers(StatedValue v) {
        return v.low() != null && v.high() != null && v.low().compareTo(v.high()) != 0;
    }

    private static Interval asStated(StatedValue v) {
        return new Interval(v.low(), true, v.high(), true);
    }

    private static BigDecimal share(BigDecimal x, BigDecimal share) {
        return x.abs().multiply(share);
    }
}
