package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English comparative phrases and intervals over the parsed numbers: "more than 40",
 * "between 20 and 30", "5k-20k", "at most 100 and at least 20", "500 or more".
 */
final class RangeReader {

    private enum Op { GT, GE, LT, LE, EQ }

    private record Bound(int start, int end, Op op, BigDecimal value) {
        boolean lower() {
            return op == Op.GT || op == Op.GE;
        }

        boolean upper() {
            return op == Op.LT || op == Op.LE;
        }
    }

    private static final List<Map.Entry<String[], Op>> PREFIXES = new ArrayList<>();

    private static void pre(Op op, String... phrases) {
        for (String p : phrases) {
            PREFIXES.add(Map.entry(p.split(" "), op));
        }
    }

    static {
        // Longer phrases first: the first match wins.
        pre(Op.GE, "at least or equal to", "higher or equal than", "bigger or equal than", "greater or equal than",
                "larger or equal than", "more or equal than", "greater than or equal to", "more than or equal to",
                "higher than or equal to", "larger than or equal to", "bigger than or equal to",
                "equal to or more than", "equal to or greater than", "equal to or higher than", "no less than",
                "not less than", "no fewer than", "at least", "> =", ">=");
        pre(Op.LE, "smaller or equal than", "less or equal than", "lower or equal than", "fewer or equal than",
                "less than or equal to", "smaller than or equal to", "lower than or equal to", "fewer than or equal to",
                "equal to or less than", "equal to or smaller than", "equal to or lower than", "equal to or fewer than",
                "no more than", "not more than", "at most", "up to", "< =", "<=");
        pre(Op.GT, "more than", "greater than", "larger than", "bigger than", "higher than", "above", "over",
                "exceeding", "exceeds", "exceed", "surpassing", "surpass", ">");
        pre(Op.LT, "less than", "fewer than", "smaller than", "lower than", "below", "under", "<");
        pre(Op.EQ, "equals to", "equaling to", "equal to", "equals", "equaling");
    }

    private final NumberRecognizer.Analysis a;
    private final List<Token> t;
    private final Map<Integer, NumberParser.Num> numAt = new HashMap<>();

    RangeReader(NumberRecognizer.Analysis a) {
        this.a = a;
        this.t = a.tokens();
        for (NumberParser.Num n : a.nums()) {
            numAt.put(n.from(), n);
        }
    }

    private boolean matches(int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            Token tok = i + k < t.size() ? t.get(i + k) : null;
            if (tok == null || !tok.norm().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** A number at token i: a parsed number or "the tenth". Returns {endToken, value}. */
    private Object[] number(int i) {
        NumberParser.Num n = numAt.get(i);
        if (n != null) {
            return new Object[] {n.to(), n.value()};
        }
        if (i + 1 < t.size() && t.get(i).is("the")) {
            Lexicon.Ord o = Lexicon.ordinal(t.get(i + 1).norm(), false);
            if (o != null && !t.get(i + 1).norm().endsWith("s")) {
                return new Object[] {i + 2, o.value()};
            }
        }
        return null;
    }

    private Bound prefixed(int i) {
        for (Map.Entry<String[], Op> e : PREFIXES) {
            String[] w = e.getKey();
            if (!matches(i, w)) {
                continue;
            }
            Token first = t.get(i);
            if (first.type() == Token.Type.SYMBOL && i > 0 && t.get(i - 1).end() == first.start()
                    && (t.get(i - 1).isSymbol('=') || t.get(i - 1).isSymbol('<') || t.get(i - 1).isSymbol('>'))) {
                return null;
            }
            Object[] num = number(i + w.length);
            if (num == null) {
                return null;
            }
            int end = (int) num[0];
            BigDecimal v = (BigDecimal) num[1];
            Op op = e.getValue();
            // "less than 5000 or equal", "more than 5000 or equal to", "equal to 5000 or less"
            if (end + 1 < t.size() && t.get(end).is("or")) {
                Token nx = t.get(end + 1);
                if ((op == Op.LT || op == Op.GT) && nx.is("equal")) {
                    int e2 = end + 2;
                    boolean toNumber = e2 < t.size() && t.get(e2).is("to") && startsNum(e2 + 1);
                    if (e2 < t.size() && t.get(e2).is("to") && !startsNum(e2 + 1)) {
                        e2++;
                    }
                    if (!toNumber && !startsNum(e2)) {
                        return new Bound(i, e2, op == Op.LT ? Op.LE : Op.GE, v);
                    }
                }
                if (op == Op.EQ) {
                    Op s = suffixOp(end);
                    if (s != null) {
                        return new Bound(i, suffixEnd(end), s == Op.GE || s == Op.GT ? Op.GE : Op.LE, v);
                    }
                }
            }
            return new Bound(i, end, op, v);
        }
        return null;
    }

    private boolean startsNum(int i) {
        return i < t.size() && (numAt.containsKey(i) || number(i) != null);
    }

    /** "or more", "and more", "or greater (than)", "or less", "or above". */
    private Op suffixOp(int end) {
        if (end + 1 >= t.size() || !(t.get(end).is("or") || t.get(end).is("and"))) {
            return null;
        }
        Token w = t.get(end + 1);
        Op op = switch (w.norm()) {
            case "more", "greater", "above", "higher", "larger", "over" -> Op.GE;
            case "less", "fewer", "below", "lower", "smaller", "under" -> Op.LE;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        if (end + 2 < t.size() && t.get(end + 2).is("than") && startsNum(end + 3)) {
            return null;
        }
        return op;
    }

    private int suffixEnd(int end) {
        int e = end + 2;
        if (e < t.size() && t.get(e).is("than") && !startsNum(e + 1)) {
            e++;
        }
        return e;
    }

    List<RangeMention> read() {
        List<Bound> bounds = new ArrayList<>();
        List<RangeMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            // between X and Y, from X to Y
            if (t.get(i).is("between") || t.get(i).is("from")) {
                Object[] x = number(i + 1);
                String conn = t.get(i).is("between") ? "and" : "to";
                if (x != null && (int) x[0] < t.size() && t.get((int) x[0]).is(conn)) {
                    Object[] y = number((int) x[0] + 1);
                    if (y != null && ((BigDecimal) x[1]).compareTo((BigDecimal) y[1]) < 0) {
                        flush(bounds, out);
                        out.add(mention(i, (int) y[0], (BigDecimal) x[1], true, (BigDecimal) y[1], false));
                        i = (int) y[0];
                        continue;
                    }
                }
            }
            Bound b = prefixed(i);
            if (b != null) {
                bounds.add(b);
                i = b.end();
                continue;
            }
            NumberParser.Num n = numAt.get(i);
            if (n != null) {
                Op s = suffixOp(n.to());
                if (s != null) {
                    bounds.add(new Bound(i, suffixEnd(n.to()), s, n.value()));
                    i = suffixEnd(n.to());
                    continue;
                }
                RangeMention r = dashRange(n);
                if (r != null) {
                    flush(bounds, out);
                    out.add(r);
                    i = indexAfter(r.end());
                    continue;
                }
            }
            i++;
        }
        flush(bounds, out);
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private int indexAfter(int charEnd) {
        int k = 0;
        while (k < t.size() && t.get(k).start() < charEnd) {
            k++;
        }
        return k;
    }

    private RangeMention dashRange(NumberParser.Num n) {
        int k = n.to();
        if (k + 1 >= t.size()) {
            return null;
        }
        Token sep = t.get(k);
        boolean dash = sep.isSymbol('-') || sep.isSymbol('–') || sep.isSymbol('~');
        boolean through = sep.is("through");
        if (!dash && !through) {
            return null;
        }
        NumberParser.Num m = numAt.get(k + 1);
        if (m == null || n.value().compareTo(m.value()) >= 0) {
            return null;
        }
        if (n.from() > 0) {
            Token p = t.get(n.from() - 1);
            if (p.isSymbol('+') || p.isSymbol('-') || p.isSymbol('/')) {
                return null;
            }
        }
        if (m.to() < t.size()) {
            Token nx = t.get(m.to());
            if ((nx.isSymbol('-') || nx.isSymbol('/')) && m.to() + 1 < t.size() && t.get(m.to() + 1).isNumeral()) {
                return null;
            }
        }
        return mention(n.from(), m.to(), n.value(), true, m.value(), false);
    }

    /** Pairs a lower and an upper bound joined by "and", "but" or a comma into one interval. */
    private void flush(List<Bound> bounds, List<RangeMention> out) {
        int k = 0;
        while (k < bounds.size()) {
            Bound x = bounds.get(k);
            if (k + 1 < bounds.size()) {
                Bound y = bounds.get(k + 1);
                boolean joined = y.start() == x.end() + 1 && (t.get(x.end()).is("and") || t.get(x.end()).is("but")
                        || t.get(x.end()).isSymbol(','));
                Bound lo = x.lower() ? x : y.lower() ? y : null;
                Bound hi = x.upper() ? x : y.upper() ? y : null;
                if (joined && lo != null && hi != null && lo != hi && lo.value().compareTo(hi.value()) < 0) {
                    out.add(mention(x.start(), y.end(), lo.value(), lo.op() == Op.GE, hi.value(), hi.op() == Op.LE));
                    k += 2;
                    continue;
                }
            }
            out.add(single(x));
            k++;
        }
        bounds.clear();
    }

    private RangeMention single(Bound b) {
        return switch (b.op()) {
            case GT -> mention(b.start(), b.end(), b.value(), false, null, false);
            case GE -> mention(b.start(), b.end(), b.value(), true, null, false);
            case LT -> mention(b.start(), b.end(), null, false, b.value(), false);
            case LE -> mention(b.start(), b.end(), null, false, b.value(), true);
            case EQ -> mention(b.start(), b.end(), b.value(), true, b.value(), true);
        };
    }

    private RangeMention mention(int fromTok, int toTok, BigDecimal lo, boolean loIn, BigDecimal hi, boolean hiIn) {
        int s = t.get(fromTok).start();
        int e = t.get(toTok - 1).end();
        return new RangeMention(s, e, a.text().substring(s, e), lo, loIn, hi, hiIn);
    }
}
