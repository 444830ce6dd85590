package org.corroborate.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.corroborate.extraction.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * The number(s) as stated, with the qualifier that says how they become an interval
 * ("plus de 370'000" is MORE_THAN, low 370000, high open). An open side is null.
 */
@Embeddable
public class Quantity {

    @Enumerated(EnumType.STRING)
    @Column(name = "qualifier", nullable = false)
    private Qualifier qualifier;

    @Column(name = "low")
    private @Nullable BigDecimal low;

    @Column(name = "high")
    private @Nullable BigDecimal high;

    @Column(name = "point")
    private @Nullable BigDecimal point;

    @Column(name = "unit")
    private @Nullable String unit;

    protected Quantity() {
        this.qualifier = Qualifier.EXACT;
    }

    public Quantity(Qualifier qualifier, @Nullable BigDecimal low, @Nullable BigDecimal high,
            @Nullable BigDecimal point, @Nullable String unit) {
        if (!hasNumber(low, high)) {
            throw new IllegalArgumentException("A quantity needs at least one stated number");
        }
        if (!ordered(low, high)) {
            throw new IllegalArgumentException("Low " + low + " is above high " + high);
        }
        this.qualifier = Objects.requireNonNull(qualifier);
        this.low = low;
        this.high = high;
        this.point = point;
        this.unit = unit == null || unit.isBlank() ? null : unit;
    }

    /** A quantity states at least one number. Forms check each field with these rules as the user types. */
    public static boolean hasNumber(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        return low != null || high != null;
    }

    /** Low is not above high. */
    public static boolean ordered(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        return low == null || high == null || low.compareTo(high) <= 0;
    }

    /** A range states both its ends (a figure must; an assertion as extracted may not yet). */
    public static boolean rangeComplete(@Nullable Qualifier qualifier, @Nullable BigDecimal low,
            @Nullable BigDecimal high) {
        return qualifier != Qualifier.RANGE || (low != null && high != null);
    }

    /** A quantity read from demo or API data where only low/high are given: the point follows the qualifier. */
    public static Quantity of(Qualifier qualifier, @Nullable BigDecimal low, @Nullable BigDecimal high,
            @Nullable String unit) {
        BigDecimal point = switch (qualifier) {
            case EXACT, APPROXIMATE, NEARLY -> low != null ? low : high;
            default -> null;
        };
        return new Quantity(qualifier, low, high, point, unit);
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public @Nullable BigDecimal low() {
        return low;
    }

    public @Nullable BigDecimal high() {
        return high;
    }

    public @Nullable BigDecimal point() {
        return point;
    }

    public @Nullable String unit() {
        return unit;
    }

    /** "260", "> 370 000", "15–20 km", "≈ 40": the value as a reader of a list sees it. */
    public String display() {
        String value = switch (qualifier) {
            case EXACT -> plain(low);
            case APPROXIMATE -> "≈ " + plain(low);
            case NEARLY -> "≲ " + plain(high);
            case AT_LEAST -> "≥ " + plain(low);
            case MORE_THAN -> "> " + plain(low);
            case AT_MOST -> "≤ " + plain(high);
            case LESS_THAN -> "< " + plain(high);
            case RANGE -> plain(low) + "–" + plain(high);
            case VAGUE -> low != null ? "≥ " + plain(low) + " (vague)" : "≤ " + plain(high) + " (vague)";
        };
        return unit == null ? value : value + " " + unit;
    }

    private static String plain(@Nullable BigDecimal number) {
        if (number == null) {
            return "?";
        }
        String digits = number.stripTrailingZeros().toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        int start = whole.startsWith("-") ? 1 : 0;
        for (int i = start; i < whole.length(); i++) {
            if (i > start && (whole.length() - i) % 3 == 0) {
                grouped.append('\u202F');
            }
            grouped.append(whole.charAt(i));
        }
        return (start == 1 ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    }
}
