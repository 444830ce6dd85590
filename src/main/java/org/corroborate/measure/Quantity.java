package org.corroborate.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.extraction.UnitSpellings;
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

    /** Neither end is below zero, unless the kind may be ({@link QuantityKind#mayBeNegative()}). */
    public static boolean signFits(@Nullable QuantityKind kind, @Nullable BigDecimal low, @Nullable BigDecimal high) {
        return kind == null || kind.mayBeNegative() || ((low == null || low.signum() >= 0)
                && (high == null || high.signum() >= 0));
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

    /** "260", "> 370 000", "15–20 km", "≈ 40": the value as a reader of a list sees it (no language: narrow spaces group digits). */
    public String display() {
        return display(null);
    }

    /**
     * The value as a reader in this language sees it: digits grouped and the decimal sign as the language writes
     * them, a currency before the number where the language puts it there, a percent sign as the language sets it:
     * "> 1,000", "$25,000,000", "82.3%" in English; "> 1 000", "25 000 000 $", "82,3 %" in French.
     */
    public String display(java.util.@Nullable Locale locale) {
        boolean currencyFirst = locale != null && unit != null && CURRENCIES.contains(unit) && !"fr".equals(locale.getLanguage());
        java.util.function.Function<@Nullable BigDecimal, String> n = x -> {
            String number = locale == null ? plain(x) : localised(x, locale);
            return currencyFirst && x != null ? unit + number : number;
        };
        String value = switch (qualifier) {
            case EXACT -> n.apply(low);
            case APPROXIMATE -> "≈ " + n.apply(low);
            case NEARLY -> "≲ " + n.apply(high);
            case AT_LEAST -> "≥ " + n.apply(low);
            case MORE_THAN -> "> " + n.apply(low);
            case AT_MOST -> "≤ " + n.apply(high);
            case LESS_THAN -> "< " + n.apply(high);
            case RANGE -> n.apply(low) + "–" + n.apply(high);
            case VAGUE -> low != null ? "≥ " + n.apply(low) + " (vague)" : "≤ " + n.apply(high) + " (vague)";
        };
        if (unit == null || currencyFirst) {
            return value;
        }
        // English news writes "82.3%"; French « 82,3 % »
        boolean glued = "%".equals(unit) && locale != null && "en".equals(locale.getLanguage());
        return value + (glued ? "" : " ") + unitAsWritten(locale);
    }

    /**
     * The unit as news in the reader's language writes it: percentage points are "pp" in English, « pt » in French
     * and « pts » from 2 on (French puts the plural from 2: « 1,5 point », « 2 points »); the engine's other codes as
     * {@link UnitSpellings#symbol}.
     */
    private String unitAsWritten(java.util.@Nullable Locale locale) {
        if ("pp".equals(unit) && locale != null && "fr".equals(locale.getLanguage())) {
            BigDecimal largest = high != null ? high : low;
            return largest != null && largest.abs().compareTo(BigDecimal.TWO) >= 0 ? "pts" : "pt";
        }
        return UnitSpellings.symbol(unit);
    }

    /** Units that English writes before the number. */
    private static final java.util.Set<String> CURRENCIES = java.util.Set.of("$", "US$", "€", "£", "¥");

    private static String localised(@Nullable BigDecimal number, java.util.Locale locale) {
        if (number == null) {
            return "?";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        return format.format(number);
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
