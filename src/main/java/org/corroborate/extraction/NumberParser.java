package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads numbers from tokens: digits, number words, their mixtures ("3 hundred and 21", "1,5
 * million"), fractions ("two thirds", "1 over 3") and multiplier suffixes ("10k", "2.33 k").
 * Greedy left to right with a bounded look-ahead, so linear in the number of tokens.
 */
final class NumberParser {

    /** A number found over tokens [from, to). */
    record Num(int from, int to, BigDecimal value, boolean spelled) {
    }

    private enum K { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE, DIGITS }

    private record Atom(K kind, BigDecimal value, boolean and) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Set<String> ONE_BLOCKERS = Set.of("the", "this", "that", "which", "any", "each", "every",
            "no", "another", "someone", "anyone");

    private final String text;
    private final Tokens t;
    private final boolean fr;

    NumberParser(String text, Tokens tokens, boolean french) {
        this.text = text;
        this.t = tokens;
        this.fr = french;
    }

    /** The numbers, left to right: each one read from a token that may start one and is not inside the last. */
    List<Num> parseAll() {
        List<Num> out = new PagedList<>();
        int starts = Cues.NUMERAL_TOKEN | (fr ? Cues.STARTS_NUMBER_FR : Cues.STARTS_NUMBER_EN); // may start one
        int next = 0; // the tokens before it are inside the last number
        for (int m = 0; m < t.markedSize(); m++) { // only tokens with a cue bit of Tokens.MARKED may start one
            int i = t.marked(m);
            if (i < next || (t.cues(i) & starts) == 0) {
                continue;
            }
            Num n = parseAt(i);
            if (n != null) {
                out.add(n);
                next = Math.max(n.to(), i + 1);
            }
        }
        return out;
    }

    // ---- small token helpers -------------------------------------------------------------

    /** True when token i exists. */
    private boolean tok(int i) {
        return i >= 0 && i < t.size();
    }

    private boolean word(int i, String w) {
        return tok(i) && t.is(i, w);
    }

    private boolean adjacent(int a, int b) {
        return tok(a) && tok(b) && t.end(a) == t.start(b);
    }

    /** Original text of token i (case preserved). */
    private String raw(int i) {
        return text.substring(t.start(i), t.end(i));
    }

    private Lexicon.Entry card(int i) {
        // The cue bit answers the common miss without a map look-up.
        return tok(i) && t.isWord(i) && t.hasCue(i, fr ? Cues.CARDINAL_FR : Cues.CARDINAL_EN)
                ? Lexicon.cardinal(t.norm(i), fr) : null;
    }

    private Lexicon.Ord ord(int i) {
        if (!tok(i) || !t.isWord(i)) {
            return null;
        }
        return t.hasCue(i, fr ? Cues.ORDINAL_FR : Cues.ORDINAL_EN) ? Lexicon.ordinal(t.norm(i), fr) : null;
    }

    private boolean isAnd(int i) {
        return word(i, fr ? "et" : "and");
    }

    private boolean isArticle(int i) {
        return !fr && (word(i, "a") || word(i, "an"));
    }

    private boolean isDash(int i) {
        return tok(i) && (t.isSymbol(i, '-') || t.isSymbol(i, '‑'));
    }

    // ---- cardinal ---------------------------------------------------------------------------

    /** Result of reading a cardinal: atoms and the token index after it. */
    private record Card(List<Atom> atoms, int end, K last, BigDecimal lastScale) {
        boolean empty() {
            return atoms.isEmpty();
        }
    }

    private Card cardinal(int i) {
        List<Atom> atoms = new ArrayList<>();
        // What is read so far is a prefix of atoms: its size, not a copy (atoms only grows, except
        // right before a commit that takes it all).
        int committed = 0;
        int end = i;
        K last = K.NONE;
        K committedLast = K.NONE;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal lastScale = null;
        BigDecimal committedScale = null;
        BigDecimal andBound = null;
        boolean pendingAnd = false;
        boolean zero = false;
        boolean andViolation = false;
        int snapAtoms = -1;
        int snapEnd = i;
        K snapLast = K.NONE;
        BigDecimal snapScale = null;
        int j = i;
        while (j < t.size() && j - i < 60 && !zero) {
            if (isDash(j) && last != K.NONE && !pendingAnd && card(j + 1) != null) {
                Lexicon.Entry nx = card(j + 1);
                boolean ok = (last == K.TENS && (nx.cat() == Lexicon.Cat.UNIT || fr && nx.cat() == Lexicon.Cat.TEEN))
                        || (fr && last == K.UNIT && nx.cat() == Lexicon.Cat.TENS)
                        || (fr && last == K.TEEN && nx.cat() == Lexicon.Cat.UNIT)
                        || (fr && (last == K.HUNDRED || last == K.SCALE));
                if (!ok) {
                    break;
                }
                j++;
                continue;
            }
            if (isAnd(j) && !pendingAnd) {
                if (!fr && (last == K.HUNDRED || last == K.SCALE)) {
                    andBound = last == K.HUNDRED ? HUNDRED : lastScale;
                    pendingAnd = true;
                    snapAtoms = committed;
                    snapEnd = end;
                    snapLast = committedLast;
                    snapScale = committedScale;
                    j++;
                    continue;
                }
                if (fr && last == K.TENS && (word(j + 1, "un") || word(j + 1, "une") || word(j + 1, "onze"))) {
                    pendingAnd = true;
                    j++;
                    continue;
                }
                break;
            }
            if (t.isNumeral(j)) {
                BigDecimal kv = t.value(j);
                String kn = t.norm(j);
                boolean ok = last == K.NONE || (last == K.SCALE && kv.compareTo(lastScale) < 0)
                        || (pendingAnd && !fr);
                if ("/".equals(kn) && last == K.NONE) {
                    atoms.add(new Atom(K.DIGITS, kv, false));
                    end = j + 1;
                    committed = atoms.size();
                    committedLast = K.DIGITS;
                    break;
                }
                if (!ok || kv.signum() < 0 && last != K.NONE || "/".equals(kn)) {
                    if ("/".equals(kn) && last == K.DIGITS && kv.compareTo(BigDecimal.ONE) < 0
                            && kv.signum() > 0 && !adjacent(j - 1, j)) {
                        atoms.add(new Atom(K.DIGITS, current.signum() < 0 ? kv.negate() : kv, false));
                        current = current.add(kv);
                        end = j + 1;
                        committed = atoms.size();
                        committedLast = K.DIGITS;
                        committedScale = lastScale;
                    }
                    break;
                }
                if (andBound != null && kv.compareTo(andBound) >= 0 || pendingAnd && kv.signum() == 0) {
                    andViolation = andBound != null && !pendingAnd;
                    break;
                }
                atoms.add(new Atom(K.DIGITS, kv, pendingAnd));
                current = kv;
                last = K.DIGITS;
            } else {
                Lexicon.Entry e = card(j);
                if (e == null) {
                    if (last == K.DIGITS && atoms.size() == 1) {
                        BigDecimal m = suffix(j);
                        if (m != null) {
                            atoms.set(0, new Atom(K.DIGITS, atoms.get(0).value().multiply(m), false));
                            end = j + 1;
                            committed = atoms.size();
                            committedLast = K.SCALE;
                        }
                    }
                    break;
                }
                BigDecimal v = e.value();
                boolean ok;
                switch (e.cat()) {
                    case UNIT -> {
                        ok = last == K.NONE || last == K.HUNDRED || last == K.SCALE
                                || (last == K.TENS && current.remainder(BigDecimal.TEN).signum() == 0
                                    && (!fr || !pendingAnd || v.intValue() == 1))
                                || (fr && last == K.TEEN && current.remainder(HUNDRED).intValue() % 10 == 0
                                    && current.remainder(HUNDRED).intValue() >= 10 && v.intValue() >= 7);
                        if (v.signum() == 0) {
                            ok = last == K.NONE;
                            zero = ok;
                        }
                        if (andBound != null && v.compareTo(andBound) >= 0) {
                            ok = false;
                            andViolation = !pendingAnd;
                        }
                        if (ok) {
                            current = current.add(v);
                            last = K.UNIT;
                        }
                    }
                    case TEEN -> {
                        int low = current.remainder(HUNDRED).intValue();
                        ok = last == K.NONE || last == K.HUNDRED || last == K.SCALE
                                || (fr && last == K.TENS && (low == 60 || low == 80));
                        if (ok) {
                            current = current.add(v);
                            last = K.TEEN;
                        }
                    }
                    case TENS -> {
                        boolean quatreVingt = fr && v.intValue() == 20 && last == K.UNIT
                                && current.remainder(BigDecimal.TEN).intValue() == 4;
                        ok = last == K.NONE || last == K.HUNDRED || last == K.SCALE || quatreVingt;
                        if (quatreVingt) {
                            current = current.add(BigDecimal.valueOf(76));
                            last = K.TENS;
                        } else if (ok) {
                            current = current.add(v);
                            last = K.TENS;
                        }
                    }
                    case HUNDRED -> {
                        BigDecimal group = current;
                        ok = (last == K.NONE && (fr || isArticle(j - 1)))
                                || ((last == K.UNIT || last == K.TEEN || last == K.TENS) && group.compareTo(HUNDRED) < 0)
                                || last == K.DIGITS
                                || (fr && last == K.SCALE);
                        if (andBound != null && HUNDRED.compareTo(andBound) >= 0) {
                            ok = false;
                            andViolation = true;
                        }
                        if (ok) {
                            current = (group.signum() == 0 ? BigDecimal.ONE : group).multiply(HUNDRED);
                            last = K.HUNDRED;
                        }
                    }
                    case SCALE -> {
                        boolean lakhCrore = last == K.SCALE && lastScale != null && v.compareTo(lastScale) > 0
                                && current.signum() == 0;
                        ok = (current.signum() > 0 || last == K.NONE && (fr || isArticle(j - 1)) || lakhCrore)
                                && (lastScale == null || v.compareTo(lastScale) < 0 || lakhCrore)
                                && (andBound == null || andBound.equals(HUNDRED) || v.compareTo(andBound) < 0);
                        andViolation = andBound != null && !andBound.equals(HUNDRED) && v.compareTo(andBound) >= 0;
                        if (ok) {
                            current = BigDecimal.ZERO;
                            lastScale = lakhCrore ? lastScale.multiply(v) : v;
                            last = K.SCALE;
                        }
                    }
                    case DOZEN -> {
                        ok = last == K.UNIT || last == K.TEEN || last == K.TENS || last == K.DIGITS
                                || (last == K.NONE && (isArticle(j - 1) || word(j - 1, "une")));
                        if (ok) {
                            last = K.UNIT;
                            zero = true; // a dozen ends the number
                        }
                    }
                    default -> ok = false;
                }
                if (!ok) {
                    break;
                }
                boolean qv = fr && e.cat() == Lexicon.Cat.TENS && v.intValue() == 20 && !atoms.isEmpty()
                        && atoms.get(atoms.size() - 1).kind() == K.UNIT && atoms.get(atoms.size() - 1).value().intValue() == 4
                        && last == K.TENS && current.remainder(HUNDRED).intValue() % 100 == 80;
                if (qv) {
                    atoms.remove(atoms.size() - 1);
                    atoms.add(new Atom(K.TENS, BigDecimal.valueOf(80), false));
                } else {
                    atoms.add(new Atom(kindOf(e.cat()), v, pendingAnd));
                }
            }
            pendingAnd = false;
            j++;
            end = j;
            committed = atoms.size();
            committedLast = last;
            committedScale = lastScale;
        }
        if (andViolation && snapAtoms >= 0) {
            return new Card(atoms.subList(0, snapAtoms), snapEnd, snapLast, snapScale);
        }
        return new Card(atoms.subList(0, committed), end, committedLast, committedScale);
    }

    private static K kindOf(Lexicon.Cat c) {
        return switch (c) {
            case UNIT -> K.UNIT;
            case TEEN -> K.TEEN;
            case TENS -> K.TENS;
            case HUNDRED -> K.HUNDRED;
            case SCALE -> K.SCALE;
            case DOZEN -> K.SCALE; // handled in eval by value 12
        };
    }

    /** Multiplier letters after digits: 10k, 2.33 k, 10M, 1MM, 10G, 1.2b, 2mil, 10 bln. */
    private BigDecimal suffix(int j) {
        if (!tok(j) || !t.isWord(j) || !maySuffix(j)) {
            return null; // every multiplier below has at most three letters and one of these first letters
        }
        String r = raw(j);
        boolean attached = adjacent(j - 1, j);
        if (!attached && Lexer.isSpace(text.charAt(t.start(j) - 1)) && t.start(j) - t.end(j - 1) > 2) {
            if (!r.equals("k")) {
                return null;
            }
        }
        return switch (r) {
            case "k", "K" -> BigDecimal.valueOf(1000);
            case "M", "MM" -> MILLION;
            case "G" -> BigDecimal.valueOf(1_000_000_000);
            case "b", "B", "bn", "bln" -> attached || r.length() > 1 ? BigDecimal.valueOf(1_000_000_000) : null;
            case "mil" -> attached ? MILLION : null;
            case "tln" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> null;
        };
    }

    /** Plain evaluation of atoms: groups below a thousand multiplied by scales. */
    private static BigDecimal eval(List<Atom> atoms) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal andStart = null;
        for (Atom a : atoms) {
            if (a.and() && andStart == null) {
                andStart = current;
            }
            switch (a.kind()) {
                case UNIT, TEEN, TENS, DIGITS -> current = current.add(a.value());
                case HUNDRED -> current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(HUNDRED);
                case SCALE -> {
                    if (a.value().intValue() == 12 && a.value().compareTo(TWELVE) == 0) {
                        BigDecimal base = andStart != null ? andStart : BigDecimal.ZERO;
                        BigDecimal part = current.subtract(base);
                        current = base.add((part.signum() == 0 ? BigDecimal.ONE : part).multiply(TWELVE));
                    } else if (current.signum() == 0 && total.signum() > 0) {
                        total = total.multiply(a.value());
                    } else {
                        total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(a.value()));
                        current = BigDecimal.ZERO;
                        andStart = null;
                    }
                }
                default -> {
                }
            }
        }
        return total.add(current);
    }

    // ---- one number ------------------------------------------------------------------------

    /**
     * The number starting at token i, or null. Only called for the tokens that may start one (see
     * {@link #parseAll}): numerals, cardinal words and a few others ("minus", "half", "a": {@link Cues#bitsOf}).
     */
    private Num parseAt(int i) {
        if (standsAlone(i)) {
            // What positive(i, i) returns for it, without the general reader's work: eval of the one
            // atom is 0 + value, the value itself unless its scale is negative (1e10: 0 + it has scale 0).
            BigDecimal v = t.value(i);
            return new Num(i, i + 1, v.scale() >= 0 ? v : eval(List.of(new Atom(K.DIGITS, v, false))), false);
        }
        Lexicon.Entry alone = wordStandsAlone(i);
        if (alone != null) {
            // eval of one unit, teen or tens atom: its value (the lexicon's values are integers of scale 0)
            return new Num(i, i + 1, alone.value(), true);
        }
        boolean negative = false;
        int start = i;
        if (!fr && (t.is(i, "negative") || t.is(i, "minus")) && tok(i + 1)
                && (card(i + 1) != null || t.isNumeral(i + 1))) {
            negative = true;
            i++;
        }
        Num n = positive(i, start);
        if (n == null) {
            return null;
        }
        return negative ? new Num(start, n.to(), n.value().negate(), n.spelled()) : n;
    }

    /**
     * True when numeral i is a number on its own: the general reader ({@link #positive}) would read
     * just it, as nothing after it can extend it. That is the case when the text ends there, when
     * a symbol other than a dash follows, or a word that is no cardinal, no ordinal (a fraction's
     * denominator) and either has more than three letters (longer than any multiplier suffix,
     * {@link #suffix}) and is not "over" ("1 over 3"), or is a shorter word that cannot be a
     * multiplier suffix (by its first letter) nor join a fraction or another number: "and", "et",
     * "sur", "in", "out", and in English "a", "an". A fraction numeral ("3/4") always takes the
     * general reader.
     */
    private boolean standsAlone(int i) {
        if (!t.isNumeral(i) || "/".equals(t.norm(i))) {
            return false;
        }
        int k = i + 1;
        if (k >= t.size()) {
            return true;
        }
        if (t.isSymbol(k)) {
            return !isDash(k);
        }
        if (!t.isWord(k) || t.hasCue(k, fr ? Cues.CARDINAL_FR | Cues.ORDINAL_FR : Cues.CARDINAL_EN | Cues.ORDINAL_EN)) {
            return false;
        }
        if (t.end(k) - t.start(k) > 3) {
            return !t.is(k, "over");
        }
        return !maySuffix(k) && !t.is(k, "and") && !t.is(k, "et") && !t.is(k, "sur") && !t.is(k, "in")
                && !t.is(k, "out") && !isArticle(k);
    }

    /**
     * False when word j cannot be a multiplier suffix of {@link #suffix}: every one has at most
     * three letters and starts with one of k, K, m, M, G, b, B, t (tested before the substring).
     */
    private boolean maySuffix(int j) {
        if (t.end(j) - t.start(j) > 3) {
            return false;
        }
        char c = text.charAt(t.start(j));
        return c == 'k' || c == 'K' || c == 'm' || c == 'M' || c == 'G' || c == 'b' || c == 'B' || c == 't';
    }

    /** Words after a number word that make positive() look further: and, decimal and fraction words. */
    static final Set<String> EXTENDERS = Set.of("and", "et", "virgule", "point", "over", "sur", "in", "out",
            "a", "an");

    /**
     * The cardinal entry of word i when it is a number on its own ("deux", "quinze", "vingt" before
     * a plain word): a unit, teen or tens word (hundreds and scales depend on the word before them)
     * other than "one" (which the words before it may rule out), followed by nothing, a symbol
     * other than a dash, a numeral, or a word that is no cardinal, no ordinal and none of
     * {@link #EXTENDERS}. Else null, and the general reader ({@link #positive}) reads it.
     */
    private Lexicon.Entry wordStandsAlone(int i) {
        if (!t.isWord(i) || !t.hasCue(i, fr ? Cues.CARDINAL_FR : Cues.CARDINAL_EN)) {
            return null;
        }
        Lexicon.Entry e = Lexicon.cardinal(t.norm(i), fr);
        if (e == null || !(e.cat() == Lexicon.Cat.UNIT || e.cat() == Lexicon.Cat.TEEN || e.cat() == Lexicon.Cat.TENS)
                || t.is(i, "one")) {
            return null;
        }
        int k = i + 1;
        if (k >= t.size() || t.isNumeral(k)) {
            return e;
        }
        if (t.isSymbol(k)) {
            return isDash(k) ? null : e;
        }
        boolean plain = !t.hasCue(k, Cues.CARDINAL_FR | Cues.CARDINAL_EN | Cues.ORDINAL_FR | Cues.ORDINAL_EN)
                && !t.hasClass(k, Cues.EXTENDER);
        return plain ? e : null;
    }

    private boolean startsNumber(int i) {
        return tok(i) && (t.isNumeral(i) || card(i) != null || ord(i) != null || isArticle(i));
    }

    private Num positive(int i, int start) {
        // "half a dozen", "half million", "quarter million"
        if (t.is(i, "half") || t.is(i, "quarter")) {
            BigDecimal f = t.is(i, "half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
            if (word(i + 1, "a") && card(i + 2) != null && card(i + 2).cat() == Lexicon.Cat.DOZEN) {
                return new Num(start, i + 3, BigDecimal.valueOf(6), true);
            }
            Lexicon.Entry sc = card(i + 1);
            if (sc != null && sc.cat() == Lexicon.Cat.SCALE) {
                return new Num(start, i + 2, f.multiply(sc.value()), true);
            }
            if (t.is(i, "half")) {
                return new Num(start, i + 1, f, true);
            }
            return null;
        }
        boolean article = isArticle(i);
        int ci = article ? i + 1 : i;
        Card c = article ? null : cardinal(ci);
        if (article) {
            Lexicon.Entry e = card(ci);
            Lexicon.Ord o = ord(ci);
            if (e != null && (e.cat() == Lexicon.Cat.HUNDRED || e.cat() == Lexicon.Cat.SCALE || e.cat() == Lexicon.Cat.DOZEN)) {
                c = cardinal(ci);
                if (c.empty()) {
                    return null;
                }
                List<Atom> atoms = new ArrayList<>();
                atoms.add(new Atom(K.UNIT, BigDecimal.ONE, false));
                atoms.addAll(c.atoms());
                c = new Card(atoms, c.end(), c.last(), c.lastScale());
            } else if (o != null && !o.compoundOnly() || tensOrdinal(ci) != null) {
                c = new Card(List.of(new Atom(K.UNIT, BigDecimal.ONE, false)), ci, K.UNIT, null);
            } else {
                return null;
            }
        }
        if (c.empty()) {
            return null;
        }
        if (!fr && !article && c.atoms().size() == 1 && c.end() == i + 1 && t.is(i, "one")
                && tok(i - 1) && ONE_BLOCKERS.contains(t.norm(i - 1)) && Units.at(t, i + 1, text) == null) {
            return null;
        }
        boolean spelled = !t.isNumeral(i) || c.atoms().size() > 1;
        BigDecimal whole = eval(c.atoms());
        int end = c.end();

        // Fractions with a denominator word.
        Num f = fraction(c, start, spelled);
        if (f != null) {
            return f;
        }
        // "X and a half", "X and three fifths", "X million et demi"
        if (isAnd(end)) {
            Num g = andFraction(c, whole, start, end);
            if (g != null) {
                return g;
            }
        }
        // Decimal words: "two hundred point zero three", "deux cent virgule trois"
        if (word(end, fr ? "virgule" : "point") && spelled) {
            int j = end + 1;
            StringBuilder digits = new StringBuilder();
            while (card(j) != null && card(j).cat() == Lexicon.Cat.UNIT && j - end < 20) {
                digits.append(card(j).value().intValue());
                j++;
            }
            if (digits.length() <= 1) {
                Card d = cardinal(end + 1);
                if (!d.empty() && d.end() > j) {
                    digits.setLength(0);
                    digits.append(eval(d.atoms()).toBigInteger());
                    j = d.end();
                }
            }
            if (digits.length() > 0) {
                return new Num(start, j, new BigDecimal(whole.toBigInteger() + "." + digits), true);
            }
        }
        // "1 over 3", "one out of three", "1 in twenty-one", "un sur trois"
        Num o = overFraction(i, start, whole, end, spelled);
        if (o != null) {
            return o;
        }
        return new Num(start, end, whole, spelled);
    }

    /** "twenty-first", "vingt et unieme", "thirty fifths": a tens word joined to a unit ordinal. */
    private BigDecimal tensOrdinal(int j) {
        Lexicon.Entry e = card(j);
        if (e == null || e.cat() != Lexicon.Cat.TENS) {
            return null;
        }
        int k = j + 1;
        if (isDash(k) || fr && word(k, "et")) {
            k++;
        }
        Lexicon.Ord o = ord(k);
        if (o == null || o.scaleOrd() || o.value().intValue() >= 10 || word(k, "half") || word(k, "quarter")
                || word(k, "quarters") || word(k, "demi") || word(k, "tiers") || word(k, "quart")) {
            return null;
        }
        return e.value().add(o.value());
    }

    private int tensOrdinalEnd(int j) {
        int k = j + 1;
        if (isDash(k) || fr && word(k, "et")) {
            k++;
        }
        return k + 1;
    }

    private Num fraction(Card c, int start, boolean spelled) {
        int end = c.end();
        int d = isDash(end) ? end + 1 : end;
        List<Atom> atoms = c.atoms();
        Lexicon.Ord o = ord(d);
        // Tens merged into the denominator: "one hundred thirty fifths" = 100/35, "a twenty-first".
        if (o != null && !o.scaleOrd() && o.value().intValue() < 10 && atoms.size() >= 2
                && atoms.get(atoms.size() - 1).kind() == K.TENS && !atoms.get(atoms.size() - 1).and()
                && !(fr && isAnd(end))) {
            List<Atom> numer = atoms.subList(0, atoms.size() - 1);
            boolean frOk = !fr || (numer.size() == 1 && numer.get(0).value().intValue() == 1);
            boolean hyphen = isDash(end);
            if (frOk && (hyphen || !hasAnd(numer))) {
                BigDecimal den = atoms.get(atoms.size() - 1).value().add(o.value());
                return withScale(eval(numer).divide(den, Lexer.MC), start, d + 1, spelled, BigDecimal.ZERO, null);
            }
        }
        if (o == null) {
            // The cardinal stopped before another one that ends in an ordinal: "one one hundred fifth",
            // "une vingt et unieme", "three twenty firsts".
            BigDecimal tens = tensOrdinal(end);
            if (tens != null) {
                return withScale(eval(atoms).divide(tens, Lexer.MC), start, tensOrdinalEnd(end), spelled,
                        BigDecimal.ZERO, null);
            }
            if (startsNumber(end) && !t.isNumeral(end)) {
                Card c2 = cardinal(end);
                if (!c2.empty() && c2.last() == K.HUNDRED || !c2.empty() && isAnd(c2.end())) {
                    int e2 = c2.end();
                    if (isAnd(e2)) {
                        e2++;
                    }
                    Lexicon.Ord o2 = ord(e2);
                    if (o2 != null && !o2.scaleOrd()) {
                        BigDecimal den = eval(c2.atoms()).add(o2.value());
                        return withScale(eval(atoms).divide(den, Lexer.MC), start, e2 + 1, spelled, BigDecimal.ZERO, null);
                    }
                }
            }
            return null;
        }
        if (o.compoundOnly() || o.value().compareTo(BigDecimal.ZERO) == 0) {
            return null;
        }
        // "one hundred one thousand fifths": the thousand goes with the ordinal.
        BigDecimal den = o.value();
        List<Atom> numer = atoms;
        if (!o.scaleOrd() && atoms.size() >= 3 && atoms.get(atoms.size() - 1).kind() == K.SCALE
                && atoms.get(atoms.size() - 1).value().intValue() == 1000) {
            numer = atoms.subList(0, atoms.size() - 2);
            den = eval(atoms.subList(atoms.size() - 2, atoms.size())).add(den);
        }
        BigDecimal value;
        int lastAnd = lastAnd(numer);
        if (lastAnd > 0) {
            List<Atom> wholeAtoms = numer.subList(0, lastAnd);
            List<Atom> fracAtoms = numer.subList(lastAnd, numer.size());
            BigDecimal frac = eval(fracAtoms).divide(den, Lexer.MC);
            boolean afterHundred = wholeAtoms.get(wholeAtoms.size() - 1).kind() == K.HUNDRED;
            if (afterHundred && frac.compareTo(BigDecimal.ONE) >= 0) {
                value = eval(numer).divide(den, Lexer.MC);
            } else {
                Atom lastWhole = wholeAtoms.get(wholeAtoms.size() - 1);
                BigDecimal scale = lastWhole.kind() == K.SCALE && lastWhole.value().intValue() != 12 ? lastWhole.value() : null;
                return withScale(frac, start, d + 1, spelled, eval(wholeAtoms), scale);
            }
        } else {
            value = eval(numer).divide(den, Lexer.MC);
        }
        return withScale(value, start, d + 1, spelled, BigDecimal.ZERO, null);
    }

    private static boolean hasAnd(List<Atom> atoms) {
        for (Atom a : atoms) {
            if (a.and()) {
                return true;
            }
        }
        return false;
    }

    private static int lastAnd(List<Atom> atoms) {
        for (int k = atoms.size() - 1; k > 0; k--) {
            if (atoms.get(k).and()) {
                return k;
            }
        }
        return -1;
    }

    /** Fraction after a trailing scale word: "three quarters million", "two thirds of a million". */
    private Num withScale(BigDecimal frac, int start, int end, boolean spelled, BigDecimal whole, BigDecimal wholeScale) {
        int k = end;
        if (word(k, "of") && word(k + 1, "a")) {
            k += 2;
        } else if (isDash(k)) {
            k++;
        }
        Lexicon.Entry sc = card(k);
        if (sc != null && sc.cat() == Lexicon.Cat.SCALE && sc.value().compareTo(BigDecimal.valueOf(1000)) > 0) {
            BigDecimal s = sc.value();
            BigDecimal v = wholeScale != null && wholeScale.compareTo(s) > 0
                    ? whole.add(frac.multiply(s)) : whole.add(frac).multiply(s);
            return new Num(start, k + 1, v, true);
        }
        if (wholeScale != null && wholeScale.compareTo(MILLION) >= 0) {
            return new Num(start, end, whole.add(frac.multiply(wholeScale)), true);
        }
        return new Num(start, end, whole.add(frac), spelled || true);
    }

    private Num andFraction(Card c, BigDecimal whole, int start, int andTok) {
        int j = andTok + 1;
        BigDecimal numer;
        int d;
        if (isArticle(j) || (fr && (word(j, "un") || word(j, "une")))) {
            numer = BigDecimal.ONE;
            d = j + 1;
        } else if (fr && ord(j) != null && (word(j, "demi") || word(j, "demie"))) {
            numer = BigDecimal.ONE;
            d = j;
        } else {
            Card c2 = cardinal(j);
            if (c2.empty()) {
                return null;
            }
            if (isAnd(c2.end()) && c2.end() - andTok < 20) {
                // "twenty and three and three fifths": the middle part joins the whole
                Card merged = new Card(c.atoms(), c2.end(), c2.last(), c.lastScale());
                return andFraction(merged, whole.add(eval(c2.atoms())), start, c2.end());
            }
            numer = eval(c2.atoms());
            d = c2.end();
        }
        Lexicon.Ord o = ord(d);
        BigDecimal den;
        int end;
        BigDecimal tens = tensOrdinal(d);
        if (tens != null) {
            den = tens;
            end = tensOrdinalEnd(d);
        } else if (o != null && !o.compoundOnly()) {
            den = o.value();
            end = d + 1;
        } else {
            return null;
        }
        BigDecimal frac = numer.divide(den, Lexer.MC);
        BigDecimal scale = c.lastScale() != null && c.last() == K.SCALE ? c.lastScale() : null;
        if (scale == null && c.lastScale() != null && c.last() == K.SCALE) {
            scale = c.lastScale();
        }
        return withScale(frac, start, end, true, whole, scale);
    }

    private Num overFraction(int first, int start, BigDecimal numer, int end, boolean spelled) {
        String conn = null;
        int j = end;
        if (word(j, "over") || word(j, "sur")) {
            conn = "over";
            j++;
        } else if (word(j, "in")) {
            conn = "in";
            j++;
        } else if (word(j, "out") && word(j + 1, "of")) {
            conn = "in";
            j += 2;
        }
        if (conn == null || fr != word(end, "sur") || !tok(j)) {
            return null;
        }
        int before = start - 1;
        if (tok(before) && (t.isSymbol(before, '$') || t.isSymbol(before, '€') || t.isSymbol(before, '£'))) {
            return null;
        }
        if (tok(before) && t.is(before, "than")) {
            return null;
        }
        Card d = cardinal(j);
        if (d.empty()) {
            return null;
        }
        BigDecimal den = eval(d.atoms());
        if (den.signum() == 0 || conn.equals("in") && numer.compareTo(den) >= 0) {
            return null;
        }
        return new Num(start, d.end(), numer.divide(den, Lexer.MC), true);
    }
}
