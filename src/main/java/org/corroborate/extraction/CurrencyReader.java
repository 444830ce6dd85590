package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Amounts of money (the CurrencyModel layer): a number with a currency written before it ("$ 75
 * million", "c $ 16.4 million", "USD 200", "£ 8.10 million") or after it ("420 million finnish markka",
 * "48,2 millions $", "323 millions d'euros", "75 usd million"), cents added ("3 dollars 50 cents",
 * "15 dollars et 15"), and a currency word standing alone ("dollar"). Units are codes: the sign for
 * the dollar, euro, pound and yen as written ("$", "€", "£"), ISO codes for named currencies ("USD",
 * "CAD", "JPY"), and lower-case names for subunits and currencies without a code ("cent", "franc").
 * Each test looks at a fixed number of tokens around a number: linear.
 */
final class CurrencyReader {

    private record Form(String code, BigDecimal factor) {
    }

    /** Currencies after a number, as token norms joined by spaces ("$ c", "d ' euros" is "de" handled apart). */
    private static final Map<String, Form> AFTER = new HashMap<>();
    /** Currencies before a number. */
    private static final Map<String, Form> BEFORE = new HashMap<>();
    /** Currency words that are a mention on their own, with no number. */
    private static final Map<String, String> ALONE = Map.of("dollar", "$", "dollars", "$", "rmb", "CNY");
    private static final int MAX_WORDS = 3;

    private static void after(String code, String... forms) {
        for (String f : forms) {
            AFTER.put(f, new Form(code, BigDecimal.ONE));
        }
    }

    private static void before(String code, String... forms) {
        for (String f : forms) {
            BEFORE.put(f, new Form(code, BigDecimal.ONE));
        }
    }

    static {
        after("$", "$", "dollar", "dollars");
        after("USD", "usd", "us dollar", "us dollars", "$ usd", "u . s . dollars", "musd");
        after("CAD", "$ c", "$ cad", "canadian dollars", "dollars canadiens", "dollar canadien");
        after("HKD", "$ hk", "hong kong dollars");
        after("AUD", "australian dollars", "australian dollar", "dollars australiens", "aud");
        after("NZD", "new zealand dollars", "nzd");
        after("MXN", "mexican pesos", "mxn");
        after("€", "€", "euro", "euros", "eur", "meur");
        after("£", "£", "pound", "pounds", "livre", "livres", "livres sterling", "pounds sterling");
        after("GBP", "gbp", "mgbp");
        after("JPY", "yen", "yens", "¥", "jpy");
        after("CNY", "yuan", "yuans", "chinese yuan", "rmb", "元", "cny");
        after("CHF", "swiss francs", "swiss franc", "francs suisses", "franc suisse", "chf");
        after("franc", "franc", "francs");
        after("cent", "cent", "cents");
        after("centime", "centimes", "centime");
        after("pence", "pence");
        after("penny", "penny", "pennies");
        after("rupee", "rupee", "rupees", "roupie", "roupies");
        after("INR", "indian rupees", "roupies indiennes", "roupie indienne", "inr");
        after("FIM", "finnish markka", "markka", "mark finlandais", "marks finlandais");
        after("NLG", "dutch guilders", "guilders", "florins hollandais", "florins neerlandais");
        after("ESP", "pesetas", "peseta");
        after("pesewa", "pesewas");
        after("TRY", "turkish lira", "turkish liras", "livres turques");
        after("BTC", "bitcoin", "bitcoins", "btc", "₿");
        after("satoshi", "satoshi", "satoshis");
        after("CRC", "₡");
        after("GEL", "₾");
        after("LAK", "₭");
        after("LKR", "ரூ");
        before("$", "$");
        before("USD", "us $", "u . s $", "u . s . $", "usd $", "usd", "musd");
        before("CAD", "c $", "cad $", "cad");
        before("HKD", "hk $");
        before("AUD", "aud $", "maud", "aud");
        before("NZD", "nzd $", "nz $");
        before("MXN", "mxn $", "mex $");
        before("€", "€", "eur", "meur");
        before("£", "£");
        before("GBP", "gbp", "mgbp");
        before("BTC", "₿");
        before("sen", "sen");
        for (String f : new String[] {"musd", "meur", "mgbp"}) {
            AFTER.put(f, new Form(AFTER.get(f).code(), BigDecimal.valueOf(1_000_000)));
        }
        for (String f : new String[] {"musd", "meur", "mgbp", "maud"}) {
            BEFORE.put(f, new Form(BEFORE.get(f).code(), BigDecimal.valueOf(1_000_000)));
        }
    }

    private final NumberRecognizer.Analysis a;
    private final Tokens t;

    CurrencyReader(NumberRecognizer.Analysis a) {
        this.a = a;
        this.t = a.toks();
    }

    private record Match(Form form, int from, int to) {
    }

    /** The longest currency form among {@code forms} starting at token k (up to {@code limit}), or null. */
    private Match longest(Map<String, Form> forms, int k, int limit) {
        Match best = null;
        StringBuilder b = new StringBuilder();
        for (int i = k; i < t.size() && i < limit && i - k < MAX_WORDS + 2; i++) {
            if (t.isNumeral(i)) {
                break;
            }
            if (i > k) {
                b.append(' ');
            }
            b.append(t.isWord(i) ? TextNormaliser.foldWord(t.norm(i)) : t.norm(i));
            Form f = forms.get(b.toString());
            if (f != null) {
                best = new Match(f, k, i + 1);
            }
        }
        return best;
    }

    /** The currency before the number starting at token n: ends right before it, at most 5 tokens long. */
    private Match prefix(int n) {
        for (int k = Math.max(0, n - MAX_WORDS - 2); k < n; k++) {
            Match m = longest(BEFORE, k, n);
            if (m != null && m.to() == n && (k == 0 || !t.isWord(k - 1) || t.end(k - 1) < t.start(k))) {
                return m;
            }
        }
        return null;
    }

    List<UnitMention> read() {
        List<UnitMention> out = new ArrayList<>();
        List<NumberParser.Num> nums = a.nums();
        int consumed = 0; // tokens before it belong to a mention already
        for (int k = 0; k < nums.size(); k++) {
            NumberParser.Num n = nums.get(k);
            if (n.from() < consumed) {
                continue;
            }
            BigDecimal v = n.value();
            int from = n.from();
            int to = n.to();
            String code = null;
            if (frenchCents(n)) { // "34 cents" is 34 cents, not 3 400
                v = t.value(n.from());
                code = "cent";
            }
            Match pre = n.from() > consumed ? prefix(n.from()) : null;
            if (code != null) {
                // read above
            } else if (pre != null && pre.from() >= consumed) {
                code = pre.form().code();
                v = v.multiply(pre.form().factor());
                from = pre.from();
            } else {
                int u = to;
                if (u < t.size() && t.isSymbol(u, '-') && t.start(u) == t.end(u - 1)) {
                    u++; // 12-cent, one-yen
                }
                if (u < t.size() && (t.is(u, "de") || t.is(u, "d")) && t.isWord(to - 1)) {
                    u += t.is(u, "d") ? 2 : 1; // 75 millions de dollars, 323 millions d'euros
                }
                Match post = u < t.size() ? longest(AFTER, u, t.size()) : null;
                if (post != null && post.to() < t.size() && t.isNumeral(post.to())
                        && t.start(post.to()) == t.end(post.to() - 1)) {
                    post = null; // "1 $10", "3 USD50": the currency belongs to the next number
                }
                if (post == null) {
                    continue;
                }
                code = post.form().code();
                v = v.multiply(post.form().factor());
                to = post.to();
            }
            // 75 usd million
            Lexicon.Entry scale = to < t.size() && t.isWord(to) ? Lexicon.cardinal(t.norm(to), a.french()) : null;
            if (scale != null && scale.cat() == Lexicon.Cat.SCALE && pre == null) {
                v = v.multiply(scale.value());
                to++;
            }
            // 3 dollars 50 cents, 15 dollars et 15, 17 usd 25
            int c = to;
            if (c < t.size() && (t.is(c, "and") || t.is(c, "et"))) {
                c++;
            }
            if (!code.equals("cent") && v.stripTrailingZeros().scale() <= 0 && k + 1 < nums.size()
                    && nums.get(k + 1).from() == c && c > n.to()) {
                NumberParser.Num next = nums.get(k + 1);
                boolean frCents = frenchCents(next);
                BigDecimal cents = frCents ? t.value(next.from()) : next.value();
                int e = next.to();
                Match unit = frCents ? null : e < t.size() ? longest(AFTER, e, t.size()) : null;
                boolean centWord = frCents || unit != null && unit.form().code().equals("cent");
                boolean closes = e >= t.size() || unit == null && t.isSymbol(e) && !t.isSymbol(e, '-');
                if (cents.signum() >= 0 && cents.compareTo(BigDecimal.valueOf(100)) < 0 && cents.scale() <= 0
                        && (centWord || closes && !(e < t.size() && t.start(e) == t.end(e - 1) && !t.isSymbol(e)))) {
                    v = v.add(cents.movePointLeft(2));
                    to = centWord && !frCents ? unit.to() : e;
                    k++;
                }
            }
            int s = t.start(from);
            int e = t.end(to - 1);
            out.add(new UnitMention(s, e, a.text().substring(s, e), v.stripTrailingZeros(), code));
            consumed = to;
        }
        return withAloneWords(out);
    }

    /** French "34 cents", "1,20 cents": digits then "cents" are cents (the number word "cent" follows no digits). */
    private boolean frenchCents(NumberParser.Num n) {
        int last = n.to() - 1;
        return a.french() && n.to() - n.from() == 2 && t.isWord(last) && (t.is(last, "cents") || t.is(last, "cent"))
                && t.isNumeral(n.from());
    }

    /** Adds the currency words that stand alone ("dollar : 143.80 yen"), value null, in text order. */
    private List<UnitMention> withAloneWords(List<UnitMention> found) {
        List<UnitMention> out = new ArrayList<>();
        int f = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String code = ALONE.get(t.norm(i));
            if (code == null) {
                continue;
            }
            int s = t.start(i);
            while (f < found.size() && found.get(f).end() <= s) {
                out.add(found.get(f++));
            }
            if (f < found.size() && found.get(f).start() <= s) {
                continue; // inside a mention
            }
            out.add(new UnitMention(s, t.end(i), a.text().substring(s, t.end(i)), null, code));
        }
        while (f < found.size()) {
            out.add(found.get(f++));
        }
        return out;
    }
}
