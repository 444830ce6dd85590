package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Number words of English and French. Lookups use accent-free lower-case keys. */
final class Lexicon {

    enum Cat { UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN }

    record Entry(Cat cat, BigDecimal value) {
    }

    /** A fraction denominator word: "fifth", "quarter", "hundredth", "demi". */
    record Ord(BigDecimal value, boolean scaleOrd, boolean compoundOnly) {
    }

    private static final Map<String, Entry> EN = new HashMap<>();
    private static final Map<String, Entry> FR = new HashMap<>();
    private static final Map<String, Ord> EN_ORD = new HashMap<>();
    private static final Map<String, Ord> FR_ORD = new HashMap<>();

    private static void put(Map<String, Entry> m, Cat c, long v, String... words) {
        for (String w : words) {
            m.put(w, new Entry(c, BigDecimal.valueOf(v)));
        }
    }

    private static void ord(Map<String, Ord> m, long v, boolean scale, boolean compoundOnly, String... words) {
        for (String w : words) {
            m.put(w, new Ord(BigDecimal.valueOf(v), scale, compoundOnly));
        }
    }

    static {
        put(EN, Cat.UNIT, 0, "zero", "nought", "naught");
        String[] u = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int i = 0; i < u.length; i++) {
            put(EN, Cat.UNIT, i + 1, u[i]);
        }
        String[] t = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
        for (int i = 0; i < t.length; i++) {
            put(EN, Cat.TEEN, 10 + i, t[i]);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            put(EN, Cat.TENS, 20 + 10L * i, tens[i]);
        }
        put(EN, Cat.HUNDRED, 100, "hundred", "hundreds");
        put(EN, Cat.SCALE, 1000, "thousand");
        put(EN, Cat.SCALE, 1_000_000, "million");
        put(EN, Cat.SCALE, 1_000_000_000, "billion");
        put(EN, Cat.SCALE, 1_000_000_000_000L, "trillion");
        put(EN, Cat.SCALE, 100_000, "lakh");
        put(EN, Cat.SCALE, 10_000_000, "crore");
        put(EN, Cat.DOZEN, 12, "dozen", "dozens", "dzs", "dozs");

        put(FR, Cat.UNIT, 0, "zero");
        String[] fu = {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
        for (int i = 0; i < fu.length; i++) {
            put(FR, Cat.UNIT, i + 1, fu[i]);
        }
        put(FR, Cat.UNIT, 1, "une");
        String[] ft = {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
        for (int i = 0; i < ft.length; i++) {
            put(FR, Cat.TEEN, 10 + i, ft[i]);
        }
        put(FR, Cat.TENS, 20, "vingt", "vingts");
        put(FR, Cat.TENS, 30, "trente");
        put(FR, Cat.TENS, 40, "quarante");
        put(FR, Cat.TENS, 50, "cinquante");
        put(FR, Cat.TENS, 60, "soixante");
        put(FR, Cat.TENS, 70, "septante");
        put(FR, Cat.TENS, 80, "huitante", "octante");
        put(FR, Cat.TENS, 90, "nonante");
        put(FR, Cat.HUNDRED, 100, "cent", "cents");
        put(FR, Cat.SCALE, 1000, "mille");
        put(FR, Cat.SCALE, 1_000_000, "million", "millions");
        put(FR, Cat.SCALE, 1_000_000_000, "milliard", "milliards");
        put(FR, Cat.SCALE, 1_000_000_000_000L, "billion", "billions");
        put(FR, Cat.DOZEN, 12, "douzaine", "douzaines");

        ord(EN_ORD, 1, false, true, "first", "firsts");
        ord(EN_ORD, 2, false, true, "second", "seconds");
        String[] eo = {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth"};
        for (int i = 0; i < eo.length; i++) {
            ord(EN_ORD, 3 + i, false, false, eo[i], eo[i] + "s");
        }
        String[] eto = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
            "ninetieth"};
        for (int i = 0; i < eto.length; i++) {
            ord(EN_ORD, 20 + 10L * i, false, false, eto[i], eto[i] + "s");
        }
        ord(EN_ORD, 4, false, false, "quarter", "quarters");
        ord(EN_ORD, 2, false, false, "half", "halves");
        ord(EN_ORD, 100, true, false, "hundredth", "hundredths");
        ord(EN_ORD, 1000, true, false, "thousandth", "thousandths");
        ord(EN_ORD, 1_000_000_000, true, false, "billionth", "billionths");
        ord(EN_ORD, 1_000_000_000_000L, true, false, "trillionth", "trillionths");

        ord(FR_ORD, 1, false, true, "unieme", "uniemes");
        ord(FR_ORD, 2, false, false, "demi", "demie");
        ord(FR_ORD, 3, false, false, "tiers");
        ord(FR_ORD, 4, false, false, "quart", "quarts");
        String[] fo = {"quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme", "dixieme",
            "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme"};
        for (int i = 0; i < fo.length; i++) {
            ord(FR_ORD, 4 + i, false, false, fo[i], fo[i] + "s");
        }
        ord(FR_ORD, 20, false, false, "vingtieme", "vingtiemes");
        ord(FR_ORD, 30, false, false, "trentieme", "trentiemes");
        ord(FR_ORD, 100, true, false, "centieme", "centiemes");
        ord(FR_ORD, 1000, true, false, "millieme", "milliemes");
        ord(FR_ORD, 1_000_000_000_000L, true, false, "billionieme", "billioniemes");
    }

    private Lexicon() {
    }

    /** @param norm a token norm, already lower-cased and accent-stripped by the lexer */
    static Entry cardinal(String norm, boolean french) {
        return (french ? FR : EN).get(norm);
    }

    /** @param norm a token norm, already lower-cased and accent-stripped by the lexer */
    static Ord ordinal(String norm, boolean french) {
        return (french ? FR_ORD : EN_ORD).get(norm);
    }
}
