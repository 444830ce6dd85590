package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns the numbers of one analysed text into figures; one instance per extraction. */
final class FigureReader {

    private final NumberRecognizer.Analysis a;
    private final Tokens t;
    private final String text;
    private final boolean fr;
    private final List<int[]> sentences;
    /** Token index → sentence index. */
    private final int[] sentenceOf;
    private final Context ctx;

    FigureReader(NumberRecognizer.Analysis a, List<int[]> sentences) {
        this.a = a;
        this.t = a.toks();
        this.text = a.text();
        this.fr = a.french();
        this.sentences = sentences;
        int size = t.size();
        int count = sentences.size();
        int[] ends = new int[count]; // sentence ends in an array: read once per token below
        for (int k = 0; k < count; k++) {
            ends[k] = sentences.get(k)[1];
        }
        this.sentenceOf = new int[size];
        int s = 0;
        int end = count == 0 ? 0 : ends[0]; // end of sentence s
        for (int i = 0; i < size; i++) {
            int start = t.start(i);
            while (s + 1 < count && start >= end) {
                s++;
                end = ends[s];
            }
            sentenceOf[i] = s;
        }
        this.ctx = new Context(a, sentences, sentenceOf);
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.norm(i) : ""; // norms are already accent-stripped (Lexer)
    }

    /**
     * {@code Cues.MONTHS.contains(w(i))}: a bit test for words. Other tokens keep the set look-up,
     * as a decimal numeral's norm "dec" is in the set.
     */
    private boolean month(int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        return t.isWord(i) ? t.hasCue(i, Cues.MONTH) : Cues.MONTHS.contains(t.norm(i));
    }

    private boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < t.size() && j < t.size() && sentenceOf[i] == sentenceOf[j];
    }

    private record Candidate(int from, int to, int quoteFrom, int quoteTo, Qualifier q, BigDecimal low,
                             BigDecimal high, String unit, int nounFrom) {
    }

    List<ExtractedFigure> read() {
        List<Candidate> cands = new ArrayList<>();
        List<NumberParser.Num> nums = a.nums();
        List<Span> periods = ctx.periods();
        int consumed = -1;
        int periodCursor = 0; // numbers and periods are both in text order
        for (int k = 0; k < nums.size(); k++) {
            NumberParser.Num n = nums.get(k);
            if (n.from() <= consumed) {
                continue;
            }
            int pos = t.start(n.from());
            while (periodCursor < periods.size() && periods.get(periodCursor).end() <= pos) {
                periodCursor++;
            }
            if (periodCursor < periods.size() && periods.get(periodCursor).start() <= pos) {
                continue; // inside a period: "en cinq jours", "depuis le 16 décembre"
            }
            Candidate approx = approximateNoun(n);
            if (approx != null) {
                cands.add(approx);
                consumed = approx.to() - 1;
                continue;
            }
            if (n.to() - n.from() == 1 && Cues.VAGUE.containsKey(w(n.from()))) {
                continue; // "des millions": read as vague below
            }
            if (!isFigure(n)) {
                continue;
            }
            // Ranges: "15 à 20", "de 15 à 20", "between 15 and 20", "15-20"
            if (k + 1 < nums.size()) {
                Candidate r = range(n, nums.get(k + 1));
                if (r != null) {
                    cands.add(r);
                    consumed = nums.get(k + 1).to() - 1;
                    continue;
                }
            }
            Candidate c = single(n);
            if (c != null) {
                cands.add(c);
                consumed = c.to() - 1;
            }
        }
        cands.addAll(vague(periods, cands));
        cands.sort((x, y) -> Integer.compare(x.quoteFrom(), y.quoteFrom()));
        List<ExtractedFigure> out = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate c : cands) {
            int s = t.start(c.quoteFrom());
            int e = t.end(c.quoteTo() - 1);
            if (s < lastEnd) {
                continue;
            }
            lastEnd = e;
            KindReader kr = new KindReader(a, sentenceOf);
            QuantityKind kind = kr.kind(c.from(), c.nounFrom(), c.unit());
            String subject = kr.subject(c.nounFrom(), c.unit());
            out.add(new ExtractedFigure(s, e, text.substring(s, e), c.q(), c.low(), c.high(),
                    FigureExtractor.point(c.q(), c.low(), c.high()), displayUnit(c.unit()), kind, subject,
                    ctx.periodFor(c.from(), periods), ctx.attribution(c.from())));
        }
        return out;
    }

    private static String displayUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "km2", "km", "%", "ha", "mi", "m", "m2", "$", "€", "acre", "ft", "t" -> unit;
            default -> unit;
        };
    }

    /** Filters what is not a figure: the number one as a word, years, dates, times, identifiers. */
    private boolean isFigure(NumberParser.Num n) {
        int first = n.from();
        int last = n.to() - 1;
        if (n.spelled() && n.to() - n.from() == 1 && n.value().compareTo(BigDecimal.ONE) <= 0) {
            return false; // un, une, one, zéro
        }
        if (n.to() - n.from() == 2 && (t.is(first, "a") || t.is(first, "an") || t.is(first, "un") || t.is(first, "une"))
                && n.value().compareTo(BigDecimal.ONE) <= 0) {
            return false;
        }
        if (t.isNumeral(first) && n.to() - n.from() == 1 && "int".equals(t.norm(first))
                && t.end(first) - t.start(first) == 4 && n.value().intValue() >= 1800 && n.value().intValue() <= 2100
                && !countedNounAfter(n.to())) {
            return false; // a year
        }
        if (month(n.to()) || Tokens.same(w(n.to()), "er") && month(n.to() + 1)) {
            return false; // 16 décembre
        }
        if (month(n.from() - 1) || w(n.from() - 1).isEmpty() && n.from() >= 2
                && t.isSymbol(n.from() - 1, '.') && month(n.from() - 2)) {
            return t.isNumeral(first) && n.value().intValue() > 31; // December 11
        }
        // "12 and 25 December", "1 to 29 December"
        String c = w(n.to());
        if ((Tokens.same(c, "and") || Tokens.same(c, "to") || Tokens.same(c, "et") || Tokens.same(c, "a") || Tokens.same(c, "au")
                || t.isSymbol(Math.min(n.to(), t.size() - 1), '-')) && n.to() + 2 < t.size()
                && t.isNumeral(n.to() + 1) && Cues.MONTHS.contains(w(n.to() + 2))) {
            return false;
        }
        // times and identifiers
        if (n.to() < t.size() && (t.isSymbol(n.to(), ':') || t.isSymbol(n.to(), '/'))
                && n.to() + 1 < t.size() && t.isNumeral(n.to() + 1)) {
            return false;
        }
        if (n.from() > 1 && (t.isSymbol(n.from() - 1, ':') || t.isSymbol(n.from() - 1, '/'))
                && t.isNumeral(n.from() - 2) && t.end(n.from() - 2) == t.start(n.from() - 1)
                && t.isNumeral(first)) {
            return false;
        }
        if (n.from() > 0 && (t.isSymbol(n.from() - 1, '#') || t.isSymbol(n.from() - 1, '/')
                || t.isSymbol(n.from() - 1, '#') || t.isSymbol(n.from() - 1, '+')) && t.isNumeral(first)) {
            return false;
        }
        if (n.from() > 1 && t.isSymbol(n.from() - 1, '-') && t.end(n.from() - 2) == t.start(n.from() - 1)
                && !t.isSymbol(n.from() - 2, ' ')) {
            return false; // SCP-173, 222-2222
        }
        String before = w(n.from() - 1);
        String before2 = w(n.from() - 2);
        if (t.isNumeral(first) && (Tokens.same(before, "no") || Tokens.same(before, "nr") || Tokens.same(before, "numero")
                || Tokens.same(before, "n") || Tokens.same(before, "number") || Tokens.same(before, "°")
                || t.isSymbol(Math.max(n.from() - 1, 0), '°') || t.isSymbol(Math.max(n.from() - 1, 0), '.')
                && (Tokens.same(before2, "no") || Tokens.same(before2, "nr") || Tokens.same(before2, "n")))) {
            return false;
        }
        String after = w(n.to());
        if (Tokens.same(after, "am") || Tokens.same(after, "pm") || Tokens.same(after, "gmt") || Tokens.same(after, "utc")
                || Tokens.same(after, "rue") || Tokens.same(after, "avenue") || Tokens.same(after, "boulevard") || Tokens.same(after, "street")
                || Tokens.same(after, "road")) {
            return false;
        }
        if (n.to() < t.size() && t.isWord(n.to()) && t.start(n.to()) == t.end(last) && t.isNumeral(last)
                && Units.at(t, n.to(), text) == null) {
            return false; // 2e, 3rd, 1er, 10h30, A4
        }
        if (n.from() > 0 && t.isWord(n.from() - 1) && t.end(n.from() - 1) == t.start(first)) {
            return false;
        }
        return true;
    }

    private boolean countedNounAfter(int k) {
        String x = w(k);
        if (Tokens.same(x, "de") || Tokens.same(x, "of")) {
            x = w(k + 1);
        }
        return Cues.PEOPLE.contains(x) || Cues.NOUN_KINDS.containsKey(x);
    }

    /** The qualifier phrase ending right before token {@code from}: {startToken, phraseIndex} or null. */
    private int[] qualifierBefore(int from) {
        int best = -1;
        int bestStart = from;
        // Only the phrases that can end right before the number (by its previous word).
        int prev = from - 1;
        int[] phrases = prev >= 0 && prev < t.size() && t.isWord(prev)
                ? Cues.qualifierPhrasesEndingIn(t.norm(prev), t.cues(prev)) : Cues.qualifierPhrasesEndingIn(w(prev));
        for (int p : phrases) {
            String[] ph = Cues.QUALIFIER_PHRASES[p];
            int s = from - ph.length;
            if (s < 0 || !sameSentence(s, from)) {
                continue;
            }
            boolean ok = true;
            for (int k = ph.length - 1; k >= 0 && ok; k--) { // from the end: most phrases fail on their last word
                ok = Tokens.same(w(s + k), ph[k]) || ph[k].equals("'") && (t.isSymbol(s + k, '\'') || t.isSymbol(s + k, '’'));
            }
            if (ok && s < bestStart) {
                best = p;
                bestStart = s;
            }
        }
        return best < 0 ? null : new int[] {bestStart, best};
    }

    private Candidate single(NumberParser.Num n) {
        int from = n.from();
        int to = n.to();
        BigDecimal v = n.value();
        Qualifier q = Qualifier.EXACT;
        int quoteFrom = from;
        // approximate nouns: "une quarantaine", "a dozen", "une douzaine"
        boolean approxNoun = false;
        if (n.to() - n.from() == 2 && (t.is(from, "a") || t.is(from, "une") || t.is(from, "un"))
                && Cues.APPROX_NOUNS.containsKey(w(n.to() - 1))) {
            q = Qualifier.APPROXIMATE;
            approxNoun = true;
        }
        int[] qb = approxNoun ? null : qualifierBefore(from);
        if (qb != null) {
            q = Cues.QUALIFIER_OF_PHRASE[qb[1]];
            quoteFrom = qb[0];
        }
        // currency before the number
        String unit = null;
        if (from > 0 && (t.isSymbol(from - 1, '$') || t.isSymbol(from - 1, '€'))) {
            unit = t.norm(from - 1);
            if (quoteFrom == from) {
                quoteFrom = from - 1;
            }
        }
        int quoteTo = to;
        int nounFrom = to;
        Units.Match u = NumberRecognizer.unitAfter(a, n);
        if (u != null && !u.code().equals("in") && !u.code().equals("t") && !u.code().equals("l")) {
            unit = u.code();
            quoteTo = u.to();
            nounFrom = u.to();
        }
        if (unit != null && unit.equals("%") && n.to() < t.size() && Tokens.same(w(n.to()), "pour")) {
            quoteTo = u.to();
        }
        return make(from, quoteTo, quoteFrom, quoteTo, q, v, unit, nounFrom);
    }

    /** "une quarantaine (de villages)", "une centaine de kilomètres": about the noun's number. */
    private Candidate approximateNoun(NumberParser.Num n) {
        int first = n.from();
        if (n.to() - n.from() != 1 || !(t.is(first, "une") || t.is(first, "un") || t.is(first, "a"))) {
            return null;
        }
        Long v = Cues.APPROX_NOUNS.get(w(n.to()));
        if (v == null) {
            return null;
        }
        int to = n.to() + 1;
        String unit = null;
        int quoteTo = to;
        if ((Tokens.same(w(to), "de") || Tokens.same(w(to), "d") || Tokens.same(w(to), "of")) && to + 1 < t.size()) {
            int u0 = Tokens.same(w(to), "d") ? to + 2 : to + 1;
            Units.Match u = u0 < t.size() ? Units.at(t, u0, text) : null;
            if (u != null && !u.code().equals("in") && !u.code().equals("t") && !u.code().equals("l")) {
                unit = u.code();
                quoteTo = u.to();
            }
        }
        return make(n.from(), quoteTo, n.from(), quoteTo, Qualifier.APPROXIMATE, BigDecimal.valueOf(v), unit,
                unit == null ? to : quoteTo);
    }

    private Candidate make(int from, int to, int quoteFrom, int quoteTo, Qualifier q, BigDecimal v, String unit,
                           int nounFrom) {
        BigDecimal low = switch (q) {
            case LESS_THAN, AT_MOST -> null;
            default -> v;
        };
        BigDecimal high = switch (q) {
            case MORE_THAN, AT_LEAST, VAGUE -> null;
            default -> v;
        };
        return new Candidate(from, to, quoteFrom, quoteTo, q, low, high, unit, nounFrom);
    }

    private Candidate range(NumberParser.Num x, NumberParser.Num y) {
        int sep = x.to();
        if (sep + 1 != y.from() || !sameSentence(x.from(), y.from())) {
            return null;
        }
        String s = w(sep);
        boolean dash = t.isSymbol(sep, '-') || t.isSymbol(sep, '–');
        String opener = w(x.from() - 1);
        boolean ok = Tokens.same(s, "a") && fr || Tokens.same(s, "to") || dash
                || (Tokens.same(s, "and") && Tokens.same(opener, "between")) || (Tokens.same(s, "et") && Tokens.same(opener, "entre"));
        if (!ok || x.value().compareTo(y.value()) >= 0 || !isFigure(y)) {
            return null;
        }
        if (Cues.MONTHS.contains(w(y.to()))) {
            return null;
        }
        int quoteFrom = Tokens.same(opener, "between") || Tokens.same(opener, "entre") || Tokens.same(opener, "de") || Tokens.same(opener, "from")
                ? x.from() - 1 : x.from();
        String unit = null;
        int quoteTo = y.to();
        Units.Match u = NumberRecognizer.unitAfter(a, y);
        if (u != null && !u.code().equals("in") && !u.code().equals("t")) {
            unit = u.code();
            quoteTo = u.to();
        }
        return new Candidate(x.from(), y.to(), quoteFrom, quoteTo, Qualifier.RANGE, x.value(), y.value(), unit, quoteTo);
    }

    /** "des millions de déplacés", "dozens", "des centaines de milliers", "hundreds of thousands". */
    private List<Candidate> vague(List<Span> periods, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        int cursor = 0; // found is in text order: a moving cursor keeps the overlap test linear overall
        int next = 0; // the tokens before it are inside the last vague amount
        for (int m = 0; m < t.markedSize(); m++) { // Cues.VAGUE_WORD is one of Tokens.MARKED
            int i = t.marked(m);
            if (i < next || (t.cues(i) & Cues.VAGUE_WORD) == 0) {
                continue; // not in Cues.VAGUE (bit precomputed per word)
            }
            Long unit = Cues.VAGUE.get(t.norm(i));
            boolean article = Tokens.same(w(i - 1), "des") || Tokens.same(w(i - 1), "plusieurs") || Tokens.same(w(i - 1), "de")
                    && !fr || !fr && (i == 0 || !(t.isNumeral(i - 1) || Lexicon.cardinal(w(i - 1), false) != null));
            if (!article || fr && !(Tokens.same(w(i - 1), "des") || Tokens.same(w(i - 1), "plusieurs"))) {
                continue;
            }
            if (Tokens.same(w(i), "tens") && !Tokens.same(w(i + 1), "of")) {
                continue;
            }
            int end = i + 1;
            long low = 2 * unit;
            // "des dizaines de milliers", "hundreds of thousands"
            if ((Tokens.same(w(i + 1), "de") || Tokens.same(w(i + 1), "of")) && Cues.VAGUE.containsKey(w(i + 2))
                    && Cues.VAGUE.get(w(i + 2)) > unit) {
                low = 2 * unit * Cues.VAGUE.get(w(i + 2));
                end = i + 3;
            }
            int quoteFrom = fr ? i - 1 : i;
            while (cursor < found.size() && found.get(cursor).quoteTo() <= quoteFrom) {
                cursor++;
            }
            if (cursor < found.size() && found.get(cursor).quoteFrom() < end) {
                continue;
            }
            int nounFrom = end;
            out.add(new Candidate(i, end, quoteFrom, end, Qualifier.VAGUE, BigDecimal.valueOf(low), null, null, nounFrom));
            next = end;
        }
        return out;
    }
}
