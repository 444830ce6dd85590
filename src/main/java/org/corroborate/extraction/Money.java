package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Currencies and scale suffixes around a number: "$30 million", "US$2.3bn", "£40m", "USD10m",
 * "RM23.50", "CHF 5 million", "10 M€", "3 Mds€", "$50k". Every test looks at a fixed number of
 * tokens around the number, so reading stays linear.
 */
final class Money {

    private Money() {
    }

    /** A currency written before a number: its first token and its code. */
    record Before(int start, String code) {
    }

    /** A scale suffix after a number: the multiplier and the token after the suffix (and currency). */
    record Scale(BigDecimal factor, int to, String currency) {
    }

    /** Currency codes read when written in capitals, glued to or before a number; mapped to the sign used as unit. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("USD", "$"), Map.entry("EUR", "€"), Map.entry("GBP", "£"), Map.entry("JPY", "¥"),
            Map.entry("CHF", "CHF"), Map.entry("CNY", "CNY"), Map.entry("RMB", "CNY"), Map.entry("INR", "INR"),
            Map.entry("Rs", "INR"), Map.entry("RM", "MYR"), Map.entry("MYR", "MYR"), Map.entry("AUD", "AUD"),
            Map.entry("CAD", "CAD"), Map.entry("HKD", "HKD"), Map.entry("SGD", "SGD"), Map.entry("ZAR", "ZAR"),
            Map.entry("NGN", "NGN"), Map.entry("KES", "KES"), Map.entry("TRY", "TRY"), Map.entry("SAR", "SAR"),
            Map.entry("AED", "AED"), Map.entry("EGP", "EGP"), Map.entry("SYP", "SYP"), Map.entry("LBP", "LBP"),
            Map.entry("RUB", "RUB"), Map.entry("UAH", "UAH"), Map.entry("BRL", "BRL"), Map.entry("MXN", "MXN"),
            Map.entry("SEK", "SEK"), Map.entry("NOK", "NOK"), Map.entry("DKK", "DKK"), Map.entry("PLN", "PLN"),
            Map.entry("PKR", "PKR"), Map.entry("IDR", "IDR"), Map.entry("XOF", "XOF"), Map.entry("XAF", "XAF"),
            Map.entry("MAD", "MAD"), Map.entry("TND", "TND"), Map.entry("DZD", "DZD"), Map.entry("ILS", "ILS"),
            Map.entry("KRW", "KRW"), Map.entry("NZD", "NZD"), Map.entry("Ksh", "KES"), Map.entry("KSh", "KES"),
            Map.entry("GHS", "GHS"), Map.entry("ETB", "ETB"), Map.entry("UGX", "UGX"), Map.entry("TZS", "TZS"));

    /** The codes above, the signs and the currencies named in words ({@link Units#isCurrency}): what is money. */
    private static final java.util.Set<String> CURRENCY_UNITS = new java.util.HashSet<>(CODES.values());

    static {
        CURRENCY_UNITS.addAll(java.util.List.of("$", "€", "£", "¥", "NGN", "INR", "PHP", "TRY", "RUB", "UAH", "KRW",
                "ILS", "GHS", "VND", "XOF", "XAF"));
    }

    static {
        for (String code : CODES.keySet()) { // what mayBeCode relies on
            if (code.length() < 2 || code.length() > 3 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
                throw new IllegalStateException("currency code not of two or three chars from a capital: " + code);
            }
        }
    }

    /** Country prefixes glued before a dollar sign: "US$", "A$", "HK$"; the US dollar is "$". */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of("US", "$", "A", "AUD", "AU", "AUD", "C", "CAD",
            "CA", "CAD", "HK", "HKD", "NZ", "NZD", "S", "SGD");

    /** {@code v × factor}, without a fraction part when it has none ("1.2" × 1 000 000 = 1200000, not 1200000.0). */
    static BigDecimal scaled(BigDecimal v, BigDecimal factor) {
        BigDecimal r = v.multiply(factor);
        return r.stripTrailingZeros().scale() <= 0 ? r.setScale(0, java.math.RoundingMode.UNNECESSARY) : r.stripTrailingZeros();
    }

    /** Units that are money: the signs and the codes above. */
    static boolean isCurrency(String unit) {
        return unit != null && (CURRENCY_UNITS.contains(unit) || Units.isCurrency(unit));
    }

    static String symbolCode(char c) {
        return switch (c) {
            case '$' -> "$";
            case '€' -> "€";
            case '£' -> "£";
            case '¥' -> "¥";
            case '₦' -> "NGN";
            case '₹' -> "INR";
            case '₱' -> "PHP";
            case '₺' -> "TRY";
            case '₽' -> "RUB";
            case '₴' -> "UAH";
            case '₩' -> "KRW";
            case '₪' -> "ILS";
            case '₵' -> "GHS";
            case '₫' -> "VND";
            default -> null;
        };
    }

    /**
     * "N250,000", "N3.5bn", "N1.2 trillion": the naira's N glued before an amount that shows itself as one (a
     * thousands comma, a decimal with a scale after it), not a road or a mask ("N7", "N95"). Tested on a
     * one-letter word "N" only, so it costs nothing for the other words before numbers.
     */
    static boolean nairaSign(Tokens t, String text, int word) {
        int n = word + 1;
        if (!t.isWord(word) || t.end(word) - t.start(word) != 1 || text.charAt(t.start(word)) != 'N'
                || n >= t.size() || !t.isNumeral(n) || t.start(n) != t.end(word)) {
            return false;
        }
        int comma = text.indexOf(',', t.start(n));
        if (comma > 0 && comma < t.end(n) && t.end(n) - comma >= 4) {
            return true; // N250,000
        }
        int k = n + 1;
        if (k < t.size() && t.isWord(k) && (t.start(k) == t.end(n) ? mayBeScale(t, text, k)
                : Lexicon.cardinal(t.norm(k), false) != null && Lexicon.cardinal(t.norm(k), false).cat() == Lexicon.Cat.SCALE)) {
            return true; // N3.5bn, N1.2 trillion
        }
        return false;
    }

    private static String raw(Tokens t, String text, int i) {
        return text.substring(t.start(i), t.end(i));
    }

    /**
     * True when word token i may be one of {@link #CODES}: two or three chars, the first a capital
     * A-Z (as every code is). Tested before the substring and the look-up, which run for the word
     * before every number.
     */
    private static boolean mayBeCode(Tokens t, String text, int i) {
        int length = t.end(i) - t.start(i);
        char c = text.charAt(t.start(i));
        return length >= 2 && length <= 3 && c >= 'A' && c <= 'Z';
    }

    /**
     * True when word token i may be a scale suffix of {@link #after}: at most four chars, the first
     * one of m, b, k, t in either case (as every suffix is).
     */
    private static boolean mayBeScale(Tokens t, String text, int i) {
        if (t.end(i) - t.start(i) > 4) {
            return false;
        }
        char c = text.charAt(t.start(i));
        return c == 'm' || c == 'M' || c == 'b' || c == 'B' || c == 'k' || c == 'K' || c == 't' || c == 'T';
    }

    /** The currency right before the number starting at token {@code from}, or null. */
    static Before before(Tokens t, String text, int from) {
        int s = from - 1;
        if (s < 0) {
            return null;
        }
        if (t.isSymbol(s)) {
            String code = symbolCode(text.charAt(t.start(s)));
            if (code == null) {
                return null;
            }
            if (code.equals("$") && s > 0 && t.isWord(s - 1) && t.end(s - 1) == t.start(s)) {
                String prefix = DOLLAR_PREFIXES.get(raw(t, text, s - 1));
                if (prefix != null) {
                    return new Before(s - 1, prefix);
                }
            }
            return new Before(s, code);
        }
        if (t.isWord(s) && mayBeCode(t, text, s)) {
            String code = CODES.get(raw(t, text, s));
            if (code != null) {
                return new Before(s, code);
            }
        } else if (nairaSign(t, text, s)) {
            return new Before(s, "NGN");
        }
        return null;
    }

    /** A capitalised currency code glued before digits ("USD10m", "RM23.50", "N250,000"): not an identifier. */
    static boolean gluedCode(Tokens t, String text, int word) {
        return t.isWord(word) && (mayBeCode(t, text, word) ? CODES.containsKey(raw(t, text, word)) : nairaSign(t, text, word));
    }

    /** Words after "4m" that make it four million rather than four metres. */
    private static final Set<String> COUNTED_AFTER_M = Set.of("people", "persons", "tons", "tonnes", "barrels",
            "doses", "jobs", "homes", "votes", "voters", "viewers", "users", "visitors", "tourists", "cases",
            "workers", "households", "children", "refugees", "migrants", "residents", "euros", "dollars",
            "pounds", "worth", "deal", "budget", "fund", "loan", "contract", "bond", "settlement", "fine",
            "package", "investment", "donation", "grant", "litres", "liters", "gallons", "acres", "hectares",
            "trees", "animals", "birds", "vaccines", "patients", "students", "passengers", "customers",
            "personnes", "habitants", "enfants", "barils", "emplois", "logements", "foyers");

    /** Words after "40m" that make it a length. */
    private static final Set<String> LENGTH_AFTER_M = Set.of("high", "long", "deep", "tall", "wide", "away",
            "across", "above", "below", "underground", "de", "haut", "hauteur", "large", "profondeur",
            "from", "in", "into", "sprint", "hurdles", "freestyle", "breaststroke", "backstroke");

    /**
     * A scale suffix after the number ending at token {@code to} (exclusive): "m", "mn", "bn", "k",
     * "tn", French "M€"/"Md€"/"Mds"; "m" counts as million only with money ({@code money}) or a counted
     * noun after it, else it stays a metre (read as a unit). Null when there is none.
     */
    static Scale after(Tokens t, String text, int to, boolean money) {
        if (to >= t.size() || !t.isWord(to) || !mayBeScale(t, text, to)) {
            return null;
        }
        boolean glued = t.start(to) == t.end(to - 1);
        String w = raw(t, text, to);
        BigDecimal factor = switch (w) {
            case "m", "mn", "mln", "M", "Mn", "MM" -> BigDecimal.valueOf(1_000_000);
            case "bn", "Bn", "b", "B", "Md", "Mds", "Mrd", "Mrds", "md", "mds", "mrd", "mrds" -> BigDecimal.valueOf(1_000_000_000);
            case "k", "K" -> BigDecimal.valueOf(1000);
            case "tn", "trn", "Tn" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> null;
        };
        if (factor == null) {
            return null;
        }
        int k = to + 1;
        String currency = null;
        if (k < t.size() && t.isSymbol(k) && t.start(k) - t.end(to) <= 1) {
            currency = symbolCode(text.charAt(t.start(k)));
            if (currency != null) {
                k++;
            }
        }
        boolean spacedOk = w.equals("bn") || w.equals("mn") || w.equals("tn") || currency != null
                || (money && (w.equals("Md") || w.equals("Mds") || w.equals("Mrd") || w.equals("Mrds")));
        if (!glued && !spacedOk) {
            return null;
        }
        boolean moneyHere = money || currency != null;
        switch (w) {
            case "m", "M" -> {
                if (!moneyHere && !countedAfter(t, text, to + 1)) {
                    return null;
                }
            }
            case "b", "B", "Md", "Mds", "Mrd", "Mrds", "md", "mds", "mrd", "mrds", "MM", "Mn" -> {
                if (!moneyHere) {
                    return null;
                }
            }
            case "k", "K" -> {
                if (!moneyHere && !countedAfter(t, text, to + 1)) {
                    return null;
                }
            }
            default -> {
            }
        }
        return new Scale(factor, k, currency);
    }

    private static boolean countedAfter(Tokens t, String text, int k) {
        if (k >= t.size() || !t.isWord(k) || t.isSymbol(k - 1) && t.start(k) == t.end(k - 1)) {
            return false;
        }
        String w = t.norm(k);
        if (LENGTH_AFTER_M.contains(w)) {
            return false;
        }
        return COUNTED_AFTER_M.contains(w) || Cues.PEOPLE.contains(w) || Cues.NOUN_KINDS.containsKey(w)
                || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
    }
}
