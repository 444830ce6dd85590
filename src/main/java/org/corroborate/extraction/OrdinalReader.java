package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordinals (the OrdinalModel layer): "11th", "22e", "1ère", "twenty-fifth", "cent vingt-cinquième",
 * "two hundredth", and relative ones with the reference's values: "last" (end+0), "next"
 * (current+1), "previous" (current-1), "penultimate", "next to last", "l'avant-dernier" (end-1).
 * An ordinal ranks; it never counts, so the figure layer never reads one as a figure. Each token is
 * looked at a bounded number of times: linear.
 */
final class OrdinalReader {

    /** An ordinal word: its value, and whether it multiplies the number before it ("two hundredth"). */
    private record Ord(long value, boolean scale) {
    }

    private static final Map<String, Ord> EN = new HashMap<>();
    private static final Map<String, Ord> FR = new HashMap<>();
    /** Relative ordinals as token sequences (apostrophes as "'"), longest first. */
    private static final String[][] RELATIVE_EN = {
        {"the", "one", "before", "the", "last", "one"}, {"the", "one", "before", "the", "last"},
        {"the", "last", "but", "one"}, {"the", "second", "to", "last"}, {"next", "to", "last"},
        {"previous", "one"}, {"next", "one"}, {"current", "one"}, {"antepenultimate"}, {"penultimate"},
        {"last"}, {"next"}, {"previous"}, {"current"},
    };
    private static final String[] RELATIVE_EN_VALUES = {"end-1", "end-1", "end-1", "end-1", "end-1", "current-1",
        "current+1", "current+0", "end-2", "end-1", "end+0", "current+1", "current-1", "current+0"};
    private static final String[][] RELATIVE_FR = {
        {"celle", "d", "'", "avant", "la", "derniere"}, {"celui", "d", "'", "avant", "le", "dernier"},
        {"l", "'", "avant", "-", "derniere"}, {"l", "'", "avant", "-", "dernier"}, {"avant", "-", "derniere"},
        {"avant", "-", "dernier"}, {"l", "'", "actuel", "un"}, {"antepenultieme"}, {"penultieme"},
        {"dernier"}, {"derniere"}, {"derniers"}, {"dernieres"}, {"prochain"}, {"prochaine"}, {"prochains"},
        {"prochaines"}, {"suivant"}, {"suivante"}, {"precedent"}, {"precedente"}, {"actuel"}, {"actuelle"},
    };
    private static final String[] RELATIVE_FR_VALUES = {"end-1", "end-1", "end-1", "end-1", "end-1", "end-1",
        "current+0", "end-2", "end-1", "end+0", "end+0", "end+0", "end+0", "current+1", "current+1", "current+1",
        "current+1", "current+1", "current+1", "current-1", "current-1", "current+0", "current+0"};

    private static void put(Map<String, Ord> m, long v, boolean scale, String... words) {
        for (String w : words) {
            m.put(w, new Ord(v, scale));
        }
    }

    static {
        String[] en = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth"};
        for (int i = 0; i < en.length; i++) {
            put(EN, i + 1, false, en[i]);
        }
        put(EN, 9, false, "nineth");
        String[] enTens = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
            "ninetieth"};
        for (int i = 0; i < enTens.length; i++) {
            put(EN, 20 + 10L * i, false, enTens[i]);
        }
        put(EN, 100, true, "hundredth");
        put(EN, 1000, true, "thousandth");
        put(EN, 1_000_000, true, "millionth");
        put(EN, 1_000_000_000, true, "billionth");
        put(EN, 1_000_000_000_000L, true, "trillionth");
        put(FR, 1, false, "premier", "premiere", "unieme");
        put(FR, 2, false, "deuxieme", "second", "seconde");
        put(FR, 3, false, "troisieme", "tierce");
        String[] fr = {"quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme", "dixieme", "onzieme",
            "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme"};
        for (int i = 0; i < fr.length; i++) {
            put(FR, 4 + i, false, fr[i]);
        }
        put(FR, 10, false, "dizieme");
        put(FR, 8, false, "huirieme");
        put(FR, 20, false, "vingtieme");
        put(FR, 30, false, "trentieme");
        put(FR, 40, false, "quarantieme");
        put(FR, 50, false, "cinquantieme");
        put(FR, 60, false, "soixantieme");
        put(FR, 70, false, "septantieme");
        put(FR, 80, false, "octantieme", "huitantieme");
        put(FR, 90, false, "nonantieme");
        put(FR, 100, true, "centieme");
        put(FR, 1000, true, "millieme");
        put(FR, 1_000_000, true, "millionieme");
        put(FR, 1_000_000_000, true, "milliardieme");
        put(FR, 1_000_000_000_000L, true, "billionieme");
    }

    private final NumberRecognizer.Analysis a;
    private final Tokens t;
    private final boolean fr;

    OrdinalReader(NumberRecognizer.Analysis a) {
        this.a = a;
        this.t = a.toks();
        this.fr = a.french();
    }

    private String w(int i) {
        if (i < 0 || i >= t.size()) {
            return "";
        }
        if (t.isSymbol(i, '’')) {
            return "'";
        }
        return t.isWord(i) ? TextNormaliser.foldWord(t.norm(i)) : t.norm(i);
    }

    List<OrdinalMention> read() {
        List<OrdinalMention> out = new ArrayList<>();
        String[][] relative = fr ? RELATIVE_FR : RELATIVE_EN;
        String[] values = fr ? RELATIVE_FR_VALUES : RELATIVE_EN_VALUES;
        Map<String, Ord> words = fr ? FR : EN;
        int i = 0;
        while (i < t.size()) {
            int next = i + 1;
            if (t.isNumeral(i) && i + 1 < t.size() && t.isWord(i + 1) && t.start(i + 1) == t.end(i)
                    && suffix(w(i + 1)) && (i + 2 >= t.size() || t.start(i + 2) > t.end(i + 1) || !t.isWord(i + 2))) {
                add(out, i, i + 2, t.value(i).toPlainString()); // 11th, 22e, 1ère
                next = i + 2;
            } else if (t.isWord(i)) {
                int r = relative(relative, i);
                Ord o = words.get(w(i));
                if (r >= 0) {
                    int end = i + relative[r].length;
                    add(out, i, end, values[r]);
                    next = end;
                } else if (o != null) {
                    next = spelled(out, i, o);
                }
            }
            i = next;
        }
        return out;
    }

    private static boolean suffix(String s) {
        return switch (s) {
            case "st", "nd", "rd", "th", "e", "eme", "er", "ere", "re", "nde" -> true;
            default -> false;
        };
    }

    private int relative(String[][] phrases, int i) {
        for (int p = 0; p < phrases.length; p++) {
            String[] ph = phrases[p];
            boolean ok = i + ph.length <= t.size();
            for (int k = 0; k < ph.length && ok; k++) {
                ok = w(i + k).equals(ph[k]);
            }
            if (ok) {
                return p;
            }
        }
        return -1;
    }

    /** The spelled ordinal ending with the ordinal word at token {@code i}; returns the token after it. */
    private int spelled(List<OrdinalMention> out, int i, Ord o) {
        // the cardinal words before it: "one hundred twenty", "twenty-", "vingt et", "quatre-"
        int s = i;
        while (s > 0) {
            String p = w(s - 1);
            boolean joiner = p.equals("-") || p.equals("and") || p.equals("et");
            if (joiner && s - 2 >= 0 && cardinal(w(s - 2)) != null) {
                s -= 2;
            } else if (cardinal(p) != null || p.equals("a") && s - 1 < i && s < i) {
                s--;
            } else {
                break;
            }
        }
        if (s == i && w(i - 1).equals("a") && o.scale()) {
            return i + 1; // "a trillionth" is a fraction
        }
        if (s < i && w(s).equals("a") && s + 1 == i) {
            s = i; // "and a third": the ordinal alone
        }
        if (s < i && (w(s).equals("and") || w(s).equals("et"))) {
            s++;
        }
        long total = 0;
        long current = 0;
        long lastUnit = 0; // "quatre-vingt": the four multiplies the twenty
        boolean any = false;
        for (int k = s; k < i; k++) {
            String x = w(k);
            if (x.equals("a")) {
                current = Math.max(current, 1);
                any = true;
                continue;
            }
            Lexicon.Entry e = cardinal(x);
            if (e == null) {
                continue;
            }
            any = true;
            long v = e.value().longValue();
            switch (e.cat()) {
                case HUNDRED -> current = Math.max(current, 1) * 100;
                case SCALE -> {
                    total += Math.max(current, 1) * v;
                    current = 0;
                }
                default -> {
                    current += fr && v == 20 && lastUnit == 4 ? 76 : v;
                    lastUnit = e.cat() == Lexicon.Cat.UNIT ? v : 0;
                }
            }
        }
        long value;
        if (o.scale()) {
            value = (any ? Math.max(total + current, 1) : 1) * o.value();
        } else if (fr && o.value() == 20 && lastUnit == 4) {
            value = total + current + 76; // quatre-vingtième
        } else {
            value = total + current + o.value();
        }
        add(out, s, i + 1, BigDecimal.valueOf(value).toPlainString());
        return i + 1;
    }

    private Lexicon.Entry cardinal(String norm) {
        Lexicon.Entry e = Lexicon.cardinal(norm, fr);
        return e == null || e.cat() == Lexicon.Cat.DOZEN ? null : e;
    }

    private void add(List<OrdinalMention> out, int from, int to, String value) {
        int s = t.start(from);
        int e = t.end(to - 1);
        out.add(new OrdinalMention(s, e, a.text().substring(s, e), value));
    }
}
