package org.corroborate.evidence.domain;

import java.util.Locale;
import java.util.Map;
import org.corroborate.extraction.QuantityKind;

/**
 * Which units fit which quantity kind. Units are compared after normalisation ("km²", "kilomètres
 * carrés" → "km2"); values in different units of the same dimension are not converted, so
 * "20 km" and "20 000 m" are simply not compared.
 */
public final class Units {

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("km²", "km2"), Map.entry("kilomètres carrés", "km2"), Map.entry("square kilometres", "km2"),
            Map.entry("square kilometers", "km2"), Map.entry("sq km", "km2"),
            Map.entry("kilomètres", "km"), Map.entry("kilometres", "km"), Map.entry("kilometers", "km"),
            Map.entry("mètres", "m"), Map.entry("metres", "m"), Map.entry("meters", "m"),
            Map.entry("pour cent", "%"), Map.entry("percent", "%"), Map.entry("per cent", "%"),
            Map.entry("hectares", "ha"), Map.entry("miles", "mi"),
            Map.entry("personnes", "people"), Map.entry("persons", "people"),
            Map.entry("jours", "days"), Map.entry("heures", "hours"), Map.entry("semaines", "weeks"),
            Map.entry("mois", "months"), Map.entry("ans", "years"), Map.entry("années", "years"),
            Map.entry("dollars", "usd"), Map.entry("$", "usd"), Map.entry("euros", "eur"), Map.entry("€", "eur"));

    private static final Map<String, QuantityKind> DIMENSION = Map.ofEntries(
            Map.entry("km2", QuantityKind.AREA), Map.entry("m2", QuantityKind.AREA), Map.entry("ha", QuantityKind.AREA),
            Map.entry("mi2", QuantityKind.AREA),
            Map.entry("km", QuantityKind.DISTANCE), Map.entry("m", QuantityKind.DISTANCE), Map.entry("mi", QuantityKind.DISTANCE),
            Map.entry("%", QuantityKind.SHARE),
            Map.entry("days", QuantityKind.DURATION), Map.entry("hours", QuantityKind.DURATION),
            Map.entry("weeks", QuantityKind.DURATION), Map.entry("months", QuantityKind.DURATION),
            Map.entry("years", QuantityKind.DURATION),
            Map.entry("usd", QuantityKind.MONEY), Map.entry("eur", QuantityKind.MONEY), Map.entry("gbp", QuantityKind.MONEY),
            Map.entry("try", QuantityKind.MONEY), Map.entry("syp", QuantityKind.MONEY));

    private Units() {
    }

    /** The canonical spelling, or {@code null} when no unit is stated. */
    public static String normalise(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return SPELLINGS.getOrDefault(u, u);
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
        QuantityKind dimension = DIMENSION.get(u);
        if (dimension != null) {
            return dimension == kind;
        }
        if (u.equals("people")) {
            return switch (kind) {
                case DEATHS, INJURED, DISPLACED, PEOPLE -> true;
                default -> false;
            };
        }
        return true;
    }

    /** Two values can be compared unless both state a unit and the units differ. */
    public static boolean comparable(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        return x == null || y == null || x.equals(y);
    }
}
