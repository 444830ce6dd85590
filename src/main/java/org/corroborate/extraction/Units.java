package org.corroborate.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unit words after a number. Forms are sequences of accent-free lower-case tokens; the code is
 * the normalised unit ("km2" for km², kilomètres carrés and square kilometres).
 */
final class Units {

    record Match(String code, int to) {
    }

    private static final Map<String, String> FORMS = new HashMap<>();
    /** The first token of every form ("square" for "square metre", "km" for "km/h"). */
    private static final Set<String> FIRST_TOKENS = new HashSet<>();
    /** Every prefix of every form: a phrase that is none cannot grow into a form. */
    private static final Set<String> PREFIXES = new HashSet<>();
    private static int maxWords = 1;

    private static void add(String code, String... forms) {
        for (String f : forms) {
            FORMS.put(f, code);
            for (int k = 1; k <= f.length(); k++) {
                PREFIXES.add(f.substring(0, k));
            }
            int e = 0;
            while (e < f.length() && Lexer.isWordChar(f.charAt(e))) {
                e++;
            }
            FIRST_TOKENS.add(f.substring(0, Math.max(e, 1)));
            maxWords = Math.max(maxWords, f.split(" ").length);
        }
    }

    static {
        add("%", "%", "percent", "percents", "percentage", "per cent", "pour cent", "pourcent", "pourcents",
                "pourcentage", "pourcentages");
        add("km2", "km2", "km²", "square kilometre", "square kilometres", "square kilometer", "square kilometers",
                "kilometre carre", "kilometres carres", "kilometre carres", "sq km");
        add("m2", "m2", "m²", "square metre", "square metres", "square meter", "square meters", "metre carre",
                "metres carres");
        add("ha", "ha", "hectare", "hectares");
        add("acre", "acre", "acres");
        add("km", "km", "kilometre", "kilometres", "kilometer", "kilometers");
        add("m", "m", "metre", "metres", "meter", "meters");
        add("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        add("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        add("dm", "dm", "decimetre", "decimetres", "decimeter", "decimeters");
        add("hm", "hectometre", "hectometres", "hectometer");
        add("mi", "mile", "miles", "mi");
        add("ft", "foot", "feet", "ft", "pied", "pieds");
        add("in", "in", "inch", "inches", "pouce", "pouces");
        add("yd", "yard", "yards", "yd");
        add("pm", "picometer", "picometers", "picometre", "pm");
        add("gal", "gallon", "gallons");
        add("bbl", "barrel", "barrels", "baril", "barils");
        add("l", "litre", "litres", "liter", "liters", "l");
        add("ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        add("ft3", "cubic feet", "cubic foot", "pieds cubes", "pied cube");
        add("tbsp", "tablespoon", "tablespoons");
        add("tsp", "teaspoon", "teaspoons");
        add("cup", "cup", "cups");
        add("lb", "pound", "pounds", "lb", "lbs", "livre", "livres");
        add("oz", "ounce", "ounces", "oz", "once", "onces");
        add("t", "ton", "tons", "tonne", "tonnes", "t");
        add("mt", "metric ton", "metric tons", "tonne metrique", "tonnes metriques");
        add("kg", "kg", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        add("g", "g", "gram", "grams", "gramme", "grammes");
        add("ug", "microgram", "micrograms", "microgramme", "microgrammes", "μg", "µg", "ug", "mcg");
        add("dram", "drachma", "dram");
        add("kmh", "km/h", "kph", "kmph", "km/hr", "kilometers per hour", "kilometres per hour");
        add("mph", "miles an hour", "miles per hour", "mph", "miles a l ' heure", "miles a l'heure");
        add("deg", "degree", "degrees", "degre", "degres");
        add("rad", "rad", "radian", "radians");
        add("turn", "turn", "turns", "tour", "tours");
        add("bit", "bit", "bits");
        add("mb", "mb");
        add("pp", "percentage point", "percentage points", "point de pourcentage", "points de pourcentage");
        add("MW", "mw", "megawatt", "megawatts");
        add("kW", "kw", "kilowatt", "kilowatts");
        add("GW", "gw", "gigawatt", "gigawatts");
        add("mg", "mg", "milligram", "milligrams", "milligramme", "milligrammes");
        add("degC", "° c", "degrees celsius", "degres celsius", "degree celsius");
        add("degF", "° f", "degrees fahrenheit", "degres fahrenheit", "degree fahrenheit");
        add("$", "dollar", "dollars", "usd");
        add("€", "euro", "euros", "eur");
    }

    private Units() {
    }

    /** The code of a whole form ("kilometres carres" → "km2"), or null; {@link UnitSpellings} publishes it. */
    static String code(String form) {
        return FORMS.get(form);
    }

    /** True when some unit form starts with this token norm (see {@link Cues#UNIT_START}). */
    static boolean startsUnit(String norm) {
        return FIRST_TOKENS.contains(norm);
    }

    /** Longest unit starting at token {@code from}, or null. */
    static Match at(Tokens t, int from, String text) {
        if (from >= t.size()) {
            return null;
        }
        if (t.isWord(from) ? !t.hasCue(from, Cues.UNIT_START) : !FIRST_TOKENS.contains(t.norm(from))) {
            return null; // no form starts with this token: skip building candidate phrases
        }
        StringBuilder b = null; // made for a second token only: most look-ups end with the first
        String phrase = null;
        Match best = null;
        int k = from;
        for (int w = 0; w < maxWords + 3 && k < t.size(); w++, k++) {
            boolean word = t.isWord(k);
            if (w > 0 && !(word || t.isSymbol(k, '/') || t.isSymbol(k, '\''))) {
                break;
            }
            if (!(word || t.isSymbol(k, '%') || w == 0 && t.isSymbol(k, '°')
                    || (w > 0 && (t.isSymbol(k, '/') || t.isSymbol(k, '\''))))) {
                break;
            }
            boolean glued = w > 0 && (t.isSymbol(k, '/') || t.isSymbol(k - 1, '/'));
            String part = word ? TextNormaliser.foldWord(t.norm(k)) : t.norm(k);
            if (w == 0) {
                phrase = part;
            } else {
                if (b == null) {
                    b = new StringBuilder(phrase);
                }
                if (!glued) {
                    b.append(' ');
                }
                b.append(part);
                phrase = b.toString();
            }
            String code = FORMS.get(phrase);
            if (code != null) {
                best = new Match(code, k + 1);
            }
            if (!PREFIXES.contains(phrase)) {
                break; // no longer phrase is a form either
            }
        }
        if (best != null && (best.code().equals("km") || best.code().equals("m")) && best.to() < t.size()) {
            int nx = best.to();
            if (t.isNumeral(nx) && t.start(nx) == t.end(best.to() - 1) && t.value(nx).intValue() == 2
                    && t.end(nx) - t.start(nx) == 1) {
                return new Match(best.code() + "2", best.to() + 1);
            }
        }
        if (best != null && best.code().equals("mb")) {
            String raw = text.substring(t.start(from), t.end(from));
            return new Match(raw.equals("MB") ? "MB" : "mb", best.to());
        }
        return best;
    }
}
