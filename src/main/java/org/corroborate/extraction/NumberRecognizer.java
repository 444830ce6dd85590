package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The layer under figure extraction: every number, percentage, dimension and (English)
 * comparative range in a text, with spans. Stateless and thread-safe.
 *
 * <p>It follows the conventions of the Microsoft Recognizers-Text specification where they are
 * sensible for news (e.g. "4.800" is 4.8 in English, "un" is the number 1 in French); the figure
 * layer on top decides what counts as a figure.
 */
public final class NumberRecognizer {

    /** Tokens and numbers of one text, shared with the figure layer. */
    record Analysis(String text, boolean french, Tokens toks, List<NumberParser.Num> nums) {

        /** The tokens as objects, for the code off the hot path. */
        List<Token> tokens() {
            return toks.asList();
        }
    }

    Analysis analyze(String text, Locale language) {
        Objects.requireNonNull(text, "text");
        WordTable words = new WordTable();
        return analyze(text, TextWindow.whole(text), 0, text.length(), language, new Tokens(text.length() / 4, words));
    }

    /**
     * The tokens and numbers of the range {@code [from, to)} of text (see {@link Lexer#lex});
     * {@code chars} are the text's chars as the lexer reads them (a window per range, see {@link TextWindow}).
     * {@code tokens} is cleared and filled: the chunks of one text reuse it.
     */
    Analysis analyze(String text, TextWindow chars, int from, int to, Locale language, Tokens tokens) {
        boolean fr = Lang.isFrench(language);
        Lexer.lex(chars, from, to, language, tokens);
        List<NumberParser.Num> nums = new PagedList<>();
        for (NumberParser.Num n : new NumberParser(text, tokens, fr).parseAll()) {
            if (!glued(tokens, n) || Money.gluedCode(tokens, text, n.from() - 1)) {
                nums.add(n);
            }
        }
        return new Analysis(text, fr, tokens, nums);
    }

    /** Digits glued to letters ("180ml", "scp173") are identifiers or measures, not bare numbers. */
    private static boolean glued(Tokens t, NumberParser.Num n) {
        int f = n.from();
        return t.isNumeral(f) && f > 0 && t.isWord(f - 1) && t.end(f - 1) == t.start(f);
    }

    private static boolean gluedAfter(List<Token> t, NumberParser.Num n) {
        Token last = t.get(n.to() - 1);
        if (last.isNumeral() && n.to() < t.size()) {
            Token nx = t.get(n.to());
            return nx.isWord() && nx.start() == last.end();
        }
        return false;
    }

    private static String slice(String text, int a, int b) {
        return text.substring(a, b);
    }

    /** Every number mention (NumberModel). */
    public List<NumberMention> numbers(String text, Locale language) {
        Analysis a = analyze(text, language);
        List<NumberMention> out = new ArrayList<>();
        for (NumberParser.Num n : a.nums()) {
            if (gluedAfter(a.tokens(), n)) {
                continue;
            }
            int s = a.tokens().get(n.from()).start();
            int e = a.tokens().get(n.to() - 1).end();
            out.add(new NumberMention(s, e, slice(text, s, e), n.value()));
        }
        return out;
    }

    /** Percentages: "70%", "70 %", "70 pour cent", "50 per cent", "percent of 10". */
    public List<UnitMention> percentages(String text, Locale language) {
        Analysis a = analyze(text, language);
        List<Token> t = a.tokens();
        List<UnitMention> out = new ArrayList<>();
        int consumedTo = 0;
        for (NumberParser.Num n : a.nums()) {
            Units.Match u = n.to() < t.size() ? Units.at(a.toks(), n.to(), text) : null;
            int s = t.get(n.from()).start();
            if (u != null && u.code().equals("%")) {
                int e = t.get(u.to() - 1).end();
                addStandalonePercents(a, consumedTo, n.from(), out);
                out.add(new UnitMention(s, e, slice(text, s, e), n.value(), "%"));
                consumedTo = u.to();
                continue;
            }
            // "percent of 10", "pourcentage de vingt"
            int k = n.from() - 1;
            if (k >= 1 && (t.get(k).is("of") || t.get(k).is("de") || t.get(k).is("des"))) {
                int p = k - 1;
                while (p > 0 && p > k - 3 && Units.at(a.toks(), p, text) == null) {
                    p--;
                }
                Units.Match pm = p >= 0 ? Units.at(a.toks(), p, text) : null;
                if (pm != null && pm.code().equals("%") && pm.to() == k && t.get(p).isWord()) {
                    int ps = t.get(p).start();
                    int e = t.get(n.to() - 1).end();
                    addStandalonePercents(a, consumedTo, p, out);
                    out.add(new UnitMention(ps, e, slice(text, ps, e), n.value(), "%"));
                    consumedTo = n.to();
                }
            }
        }
        addStandalonePercents(a, consumedTo, t.size(), out);
        return out;
    }

    /** The reference reports a bare "percent" or "%" with no number (value null), in English only. */
    private static void addStandalonePercents(Analysis a, int from, int to, List<UnitMention> out) {
        if (a.french()) {
            return;
        }
        List<Token> t = a.tokens();
        for (int k = Math.max(from, 0); k < to && k < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.is("percent") || tok.is("percentage") || tok.isSymbol('%')) {
                if (k > 0 && t.get(k - 1).isNumeral() && t.get(k - 1).end() == tok.start()) {
                    continue;
                }
                out.add(new UnitMention(tok.start(), tok.end(), a.text().substring(tok.start(), tok.end()), null, "%"));
            }
        }
    }

    /** Numbers with a unit of measure (DimensionModel): "320 km2", "15 kilomètres", "3-inch". */
    public List<UnitMention> dimensions(String text, Locale language) {
        Analysis a = analyze(text, language);
        List<UnitMention> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean temperature = lower.contains("temperat") || lower.contains("celsius") || lower.contains("empérature");
        for (NumberParser.Num n : a.nums()) {
            UnitMention d = dimension(a, n, temperature);
            if (d == null) {
                d = inches(a, n);
            }
            if (d != null && (out.isEmpty() || d.start() >= out.get(out.size() - 1).end())) {
                out.add(perTime(a, d));
            }
        }
        return withBareUnits(a, out);
    }

    /** Length units per unit of time: "50 meters per millisecond", "50 km/ms" (code "m/ms", "km/ms"). */
    private static UnitMention perTime(Analysis a, UnitMention d) {
        if (!(d.unit().equals("m") || d.unit().equals("km") || d.unit().equals("cm") || d.unit().equals("mm"))) {
            return d;
        }
        Tokens t = a.toks();
        int k = tokenAt(t, d.end());
        if (k < 0 || k + 1 >= t.size() || !(t.is(k, "per") || t.isSymbol(k, '/'))) {
            return d;
        }
        String time = switch (t.norm(k + 1)) {
            case "ms", "millisecond", "milliseconds" -> "ms";
            default -> null;
        };
        if (time == null) {
            return d;
        }
        int end = t.end(k + 1);
        return new UnitMention(d.start(), end, a.text().substring(d.start(), end), d.value(), d.unit() + "/" + time);
    }

    /** The first token starting at or after char {@code at}, or -1 (binary search: tokens are in text order). */
    private static int tokenAt(Tokens t, int at) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.start(mid) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < t.size() ? lo : -1;
    }

    /** A double quote after a number and before "long", "wide", "tall", "high" or "thick" is inches: 10 " long. */
    private static UnitMention inches(Analysis a, NumberParser.Num n) {
        Tokens t = a.toks();
        int k = n.to();
        if (k + 1 >= t.size() || !t.isSymbol(k, '"') && !t.isSymbol(k, '”')) {
            return null;
        }
        String next = t.norm(k + 1);
        if (!(next.equals("long") || next.equals("wide") || next.equals("tall") || next.equals("high")
                || next.equals("thick") || next.equals("deep"))) {
            return null;
        }
        int s = t.start(n.from());
        return new UnitMention(s, t.end(k), a.text().substring(s, t.end(k)), n.value(), "in");
    }

    /**
     * Unit names that the reference reports with no number: "metric ton", "gramme", "baril", "mcg" (only
     * these, long enough not to be words of another meaning). Value null; merged in text order.
     */
    private static List<UnitMention> withBareUnits(Analysis a, List<UnitMention> found) {
        Tokens t = a.toks();
        List<UnitMention> out = new ArrayList<>();
        int f = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String norm = t.norm(i);
            String code;
            int end = i + 1;
            if (norm.equals("metric") && i + 1 < t.size() && (t.is(i + 1, "ton") || t.is(i + 1, "tons"))) {
                code = "mt";
                end = i + 2;
            } else {
                code = switch (norm) {
                    case "gramme", "grammes" -> "g";
                    case "baril" -> "bbl";
                    case "mcg" -> "ug";
                    default -> null;
                };
            }
            if (code == null || i > 0 && (t.isNumeral(i - 1) || t.isWord(i - 1) && Lexicon.cardinal(t.norm(i - 1), a.french()) != null)) {
                continue;
            }
            int s = t.start(i);
            while (f < found.size() && found.get(f).end() <= s) {
                out.add(found.get(f++));
            }
            if (f < found.size() && found.get(f).start() <= s) {
                continue;
            }
            int e = t.end(end - 1);
            out.add(new UnitMention(s, e, a.text().substring(s, e), null, code));
        }
        while (f < found.size()) {
            out.add(found.get(f++));
        }
        return out;
    }

    /** The unit right after a number, as used by both the dimension model and the figure layer. */
    static Units.Match unitAfter(Analysis a, NumberParser.Num n) {
        Tokens t = a.toks();
        int k = n.to();
        if (k >= t.size()) {
            return null;
        }
        int last = k - 1;
        int nx = k;
        if (t.isSymbol(nx, '-') && t.start(nx) == t.end(last) && k + 1 < t.size() && t.start(k + 1) == t.end(nx)) {
            k++;
        } else if ((t.isSymbol(nx, '(') || t.isSymbol(nx, '[') || t.isSymbol(nx, '{') || t.isSymbol(nx, '<'))
                && k + 2 < t.size()) {
            Units.Match m = Units.at(t, k + 1, a.text());
            if (m != null && m.to() < t.size()
                    && "([{<".indexOf(t.norm(nx).charAt(0)) == ")]}>".indexOf(t.norm(m.to()).charAt(0))) {
                return new Units.Match(m.code(), m.to() + 1);
            }
            return null;
        } else if (a.french() && (t.is(nx, "de") || t.is(nx, "d")) && t.isWord(last)
                && Lexicon.cardinal(t.norm(last), true) != null) {
            k++;
            if (k < t.size() && t.isSymbol(k, '\'')) {
                k++;
            }
        }
        if (k >= t.size()) {
            return null;
        }
        return Units.at(t, k, a.text());
    }

    private UnitMention dimension(Analysis a, NumberParser.Num n, boolean temperature) {
        List<Token> t = a.tokens();
        Units.Match u = unitAfter(a, n);
        if (u == null || u.code().equals("%") || Money.isCurrency(u.code())) {
            return null;
        }
        Token first = t.get(n.from());
        Token last = t.get(n.to() - 1);
        Token unitTok = t.get(u.to() - 1);
        boolean attached = t.get(n.to()).start() == last.end();
        if (n.from() >= 2 && t.get(n.from() - 1).isSymbol('-') && !t.get(n.from() - 2).isSymbol(' ')
                && t.get(n.from() - 2).type() != Token.Type.SYMBOL
                && t.get(n.from() - 2).end() == t.get(n.from() - 1).start()) {
            return null; // "scp-173m"
        }
        if (n.from() >= 2 && t.get(n.from() - 1).isSymbol(':') && t.get(n.from() - 2).isNumeral()
                && t.get(n.from() - 1).end() == first.start()) {
            return null; // times: 2:00 pm
        }
        if (u.to() < t.size() && t.get(u.to()).isNumeral() && t.get(u.to()).start() == unitTok.end()) {
            return null; // "24703m212"
        }
        if (u.to() + 1 < t.size() && t.get(u.to()).isSymbol('-') && t.get(u.to() + 1).isNumeral()) {
            return null; // "24703 L-202"
        }
        String unitRaw = a.text().substring(unitTok.start(), unitTok.end());
        switch (unitRaw.toLowerCase(Locale.ROOT)) {
            case "pm", "t" -> {
                if (unitRaw.equalsIgnoreCase("pm") == attached) {
                    return null; // "6pm" is a time; "100t" is a ton, "100 t" is not
                }
            }
            case "in" -> {
                return null; // only inside "5 ft 2 in"
            }
            default -> {
            }
        }
        switch (u.code()) {
            case "deg" -> {
                if (temperature) {
                    return null;
                }
            }
            case "degC", "degF" -> {
                return null; // temperatures are no dimensions (reference convention)
            }
            default -> {
            }
        }
        BigDecimal value = n.value();
        int end = unitTok.end();
        // 5 ft 2 in, 5 feet and 2 inches
        if (u.code().equals("ft")) {
            int k = u.to();
            if (k < t.size() && t.get(k).is("and")) {
                k++;
            }
            if (k + 1 < t.size() && t.get(k).isNumeral()) {
                Units.Match inch = Units.at(a.toks(), k + 1, a.text());
                if (inch != null && inch.code().equals("in")) {
                    value = value.add(t.get(k).value().divide(BigDecimal.valueOf(12), Lexer.MC));
                    end = t.get(inch.to() - 1).end();
                }
            }
        }
        int s = first.start();
        return new UnitMention(s, end, slice(a.text(), s, end), value, u.code());
    }

    /** Amounts of money (CurrencyModel): "$ 75 million", "420 million finnish markka", "48,2 millions $". */
    public List<UnitMention> currencies(String text, Locale language) {
        return new CurrencyReader(analyze(text, language)).read();
    }

    /** Ordinals (OrdinalModel): "11th", "twenty-fifth", "22e", "vingt et unième", and relative ones ("last", "next"). */
    public List<OrdinalMention> ordinals(String text, Locale language) {
        return new OrdinalReader(analyze(text, language)).read();
    }

    /** Comparative phrases and intervals (NumberRangeModel, English phrasing; French handled by the figure layer). */
    public List<RangeMention> ranges(String text, Locale language) {
        return new RangeReader(analyze(text, language)).read();
    }
}
