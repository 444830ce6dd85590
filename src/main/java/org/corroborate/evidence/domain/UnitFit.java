package org.corroborate.evidence.domain;

import java.util.Map;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.extraction.UnitSpellings;

/**
 * Which units fit which quantity kind. Units are compared by their code in the one table of spellings
 * ({@link UnitSpellings}: "km²", "kilomètres carrés" → "km2"); values in different units of the same dimension are not converted, so
 * "20 km" and "20 000 m" are simply not compared.
 */
public final class UnitFit {

    private static final Map<String, QuantityKind> DIMENSION = Map.ofEntries(
            Map.entry("km2", QuantityKind.AREA), Map.entry("m2", QuantityKind.AREA), Map.entry("ha", QuantityKind.AREA),
            Map.entry("mi2", QuantityKind.AREA),
            Map.entry("km", QuantityKind.DISTANCE), Map.entry("m", QuantityKind.DISTANCE), Map.entry("mi", QuantityKind.DISTANCE),
            Map.entry("%", QuantityKind.SHARE),
            Map.entry("days", QuantityKind.DURATION), Map.entry("hours", QuantityKind.DURATION),
            Map.entry("weeks", QuantityKind.DURATION), Map.entry("months", QuantityKind.DURATION),
            Map.entry("years", QuantityKind.DURATION),
            Map.entry("$", QuantityKind.MONEY), Map.entry("€", QuantityKind.MONEY),
            Map.entry("usd", QuantityKind.MONEY), Map.entry("eur", QuantityKind.MONEY), Map.entry("gbp", QuantityKind.MONEY),
            Map.entry("try", QuantityKind.MONEY), Map.entry("syp", QuantityKind.MONEY));

    private UnitFit() {
    }

    /** The unit's code in the one table of spellings ({@link UnitSpellings}), or {@code null} when none is stated. */
    public static String normalise(String unit) {
        return UnitSpellings.code(unit);
    }

    /**
     * A missing unit fits every kind (extraction often leaves counts without one). A known unit fits
     * only its dimension (km2 → area, % → share); "people" fits counts of people; a unit this class
     * does not know is given the benefit of the doubt.
     */
    public static boolean fits(String unit, QuantityKind kind) {
        String u = normalise(unit);
        if (u == null || kind == QuantityKind.OTHER) {
            return true;
        }
        if (UnitSpellings.isCurrency(u)) {
            return kind == QuantityKind.MONEY; // "250,000 naira", "40 millions de francs", not only $ and €
        }
        QuantityKind dimension = DIMENSION.get(u);
        if (dimension != null) {
            return dimension == kind;
        }
        if (u.equals("people")) {
            return switch (kind) {
                case DEATHS, INJURED, DISPLACED, AFFECTED, PEOPLE -> true;
                default -> false;
            };
        }
        return true;
    }

    /**
     * Two values can be compared unless both state a unit and the units differ; a currency named without its
     * country compares with its family's members ("40 millions de francs" with "CHF 40 million").
     */
    public static boolean comparable(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        return x == null || y == null || x.equals(y) || UnitSpellings.sameCurrency(x, y);
    }

    /**
     * {@link #comparable(String, String)} for two values of one kind; within <em>other</em>, a unit on one side only
     * does not compare either: a measured amount ("1.2 percentage points", "70 km/h", "40 °C", "3 tonnes") is no count
     * of things ("two" parties, "10" planes, "36" houses), which the kind <em>other</em> also holds (third walk, H9).
     */
    public static boolean comparable(QuantityKind kind, String a, String b) {
        if (!comparable(a, b)) {
            return false;
        }
        return kind != QuantityKind.OTHER || (normalise(a) == null) == (normalise(b) == null);
    }
}
