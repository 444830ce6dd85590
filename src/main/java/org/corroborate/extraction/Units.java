package org.corroborate.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

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
    private static int maxWords = 1;

    private static void add(String code, String... forms) {
        for (String f : forms) {
            FORMS.put(f, code);
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
        add("g", "gram", "grams", "gramme", "grammes");
        add("ug", "microgram", "micrograms", "microgramme", "microgrammes", "μg", "µg", "ug", "mcg");
        add("dram", "drachma", "dram");
        add("kmh", "km/h", "kph", "kmph", "km/hr", "kilometers per hour", "kilometres per hour");
        add("mph", "miles an hour", "miles per hour", "mph", "miles a l ' heure", "miles a l'heure");
        add("deg", "degree", "degrees", "degre", "degres");
        add("rad", "rad", "radian", "radians");
        add("turn", "turn", "turns", "tour", "tours");
        add("bit", "bit", "bits");
        add("mb", "mb");
        add("$", "dollar", "dollars", "usd");
        add("€", "euro", "euros", "eur");
    }

    private Units() {
    }

    /** True when some unit form starts with this token norm (see {@link Cues#UNIT_START}). */
    static boolean startsUnit(String norm) {
        return FIRST_TOKENS.contains(norm);
    }

    /** Longest unit starting at token {@code from}, or null. */
    static Match at(List<Token> t, int from, String text) {
        if (from >= t.size()) {
            return null;
        }
        Token first = t.get(from);
        if (first.isWord() ? !first.hasCue(Cues.UNIT_START) : !FIRST_TOKENS.contains(first.norm())) {
            return null; // no form starts with this token: skip building candidate phrases
        }
        StringBuilder b = new StringBuilder();
        Match best = null;
        int k = from;
        for (int w = 0; w < maxWords + 3 && k < t.size(); w++, k++) {
            Token tok = t.get(k);
            if (w > 0 && !(tok.isWord() || tok.isSymbol('/') || tok.isSymbol('\''))) {
                break;
            }
            if (!(tok.isWord() || tok.isSymbol('%') || (w > 0 && (tok.isSymbol('/') || tok.isSymbol('\''))))) {
                break;
            }
            boolean glued = w > 0 && (tok.isSymbol('/') || t.get(k - 1).isSymbol('/'));
            if (w > 0 && !glued) {
                b.append(' ');
            }
            b.append(tok.isWord() ? Lexicon.strip(tok.norm()) : tok.norm());
            String code = FORMS.get(b.toString());
            if (code != null) {
                best = new Match(code, k + 1);
            }
        }
        if (best != null && (best.code().equals("km") || best.code().equals("m")) && best.to() < t.size()) {
            Token nx = t.get(best.to());
            if (nx.isNumeral() && nx.start() == t.get(best.to() - 1).end() && nx.value().intValue() == 2
                    && nx.end() - nx.start() == 1) {
                return new Match(best.code() + "2", best.to() + 1);
            }
        }
        if (best != null && best.code().equals("mb")) {
            Token u = t.get(from);
            String raw = text.substring(u.start(), u.end());
            return new Match(raw.equals("MB") ? "MB" : "mb", best.to());
        }
        return best;
    }
}
