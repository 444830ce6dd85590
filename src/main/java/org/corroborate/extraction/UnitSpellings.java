package org.corroborate.extraction;

import java.util.Map;

/**
 * The one table of unit spellings: what a unit written in a text or typed by a person stands for ("km²",
 * "kilomètres carrés", "square kilometres" → "km2"; "dollars", "usd" → "$"). The engine's own forms, which it reads
 * after a number, come first; then the people and time words it does not read as units (they are what is counted)
 * but that a person may give as a figure's unit.
 */
public final class UnitSpellings {

    private static final Map<String, String> COUNTED = Map.ofEntries(
            Map.entry("personnes", "people"), Map.entry("persons", "people"),
            Map.entry("jours", "days"), Map.entry("heures", "hours"), Map.entry("semaines", "weeks"),
            Map.entry("mois", "months"), Map.entry("ans", "years"), Map.entry("annees", "years"));

    private UnitSpellings() {
    }

    /** The unit's code, or {@code null} when no unit is stated; a spelling the table lacks comes back folded. */
    public static String code(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String folded = TextNormaliser.fold(unit);
        String code = Units.code(folded);
        if (code == null) {
            code = COUNTED.get(folded);
        }
        return code != null ? code : folded;
    }

    /**
     * How a unit's code is written for readers: the engine's codes that are no reader's spelling ("kmh", "degC",
     * "degF") as the symbols news writes ("km/h", "°C", "°F"); any other code as it is (third walk, H17: "≤ 70 kmh",
     * "40 degC" in lists, panels and ClaimReview's unitText).
     */
    public static String symbol(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "kmh" -> "km/h";
            case "degC" -> "°C";
            case "degF" -> "°F";
            default -> code;
        };
    }

    /** True when the unit's code ({@link #code}) is money: a currency sign, an ISO code, a currency's name. */
    public static boolean isCurrency(String code) {
        return code != null && (Money.isCurrency(code) || Money.isCurrency(code.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * True when two currency codes ({@link #code}) name one currency as far as a text tells: the same code, or a
     * currency named without its country and a member of its family ("francs" and "CHF", "roupies" and "INR"),
     * or the two CFA francs (at par). "CHF" and "XOF", "INR" and "PKR" are different money.
     */
    public static boolean sameCurrency(String a, String b) {
        if (a == null || b == null || !isCurrency(a) || !isCurrency(b)) {
            return false;
        }
        String fa = Units.family(a);
        String fb = Units.family(b);
        return a.equals(b) || fa.equals(b) || fb.equals(a)
                || (a.equals("XOF") || a.equals("XAF")) && (b.equals("XOF") || b.equals("XAF"));
    }
}
