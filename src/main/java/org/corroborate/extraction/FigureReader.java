package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns the numbers of one analysed text into figures; one instance per extraction. */
final class FigureReader {

    private final NumberRecognizer.Analysis a;
    private final List<Token> t;
    private final String text;
    private final boolean fr;
    private final List<int[]> sentences;
    /** Token index → sentence index. */
    private final int[] sentenceOf;
    private final Context ctx;

    FigureReader(NumberRecognizer.Analysis a, List<int[]> sentences) {
        this.a = a;
        this.t = a.tokens();
        this.text = a.text();
        this.fr = a.french();
        this.sentences = sentences;
        this.sentenceOf = new int[t.size()];
        int s = 0;
        int end = sentences.isEmpty() ? 0 : sentences.get(0)[1]; // end of sentence s
        for (int i = 0; i < t.size(); i++) {
            int start = t.get(i).start();
            while (s + 1 < sentences.size() && start >= end) {
                s++;
                end = sentences.get(s)[1];
            }
            sentenceOf[i] = s;
        }
        this.ctx = new Context(a, sentences, sentenceOf);
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.get(i).norm() : ""; // norms are already accent-stripped (Lexer)
    }

    /**
     * {@code Cues.MONTHS.contains(w(i))}: a bit test for words. Other tokens keep the set look-up,
     * as a decimal numeral's norm "dec" is in the set.
     */
    private boolean month(int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        Token k = t.get(i);
        return k.isWord() ? k.hasCue(Cues.MONTH) : Cues.MONTHS.contains(k.norm());
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
            int pos = t.get(n.from()).start();
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
            int s = t.get(c.quoteFrom()).start();
            int e = t.get(c.quoteTo() - 1).end();
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
        Token first = t.get(n.from());
        Token last = t.get(n.to() - 1);
        if (n.spelled() && n.to() - n.from() == 1 && n.value().compareTo(BigDecimal.ONE) <= 0) {
            return false; // un, une, one, zéro
        }
        if (n.to() - n.from() == 2 && (first.is("a") || first.is("an") || first.is("un") || first.is("une"))
                && n.value().compareTo(BigDecimal.ONE) <= 0) {
            return false;
        }
        if (first.isNumeral() && n.to() - n.from() == 1 && "int".equals(first.norm())
                && first.end() - first.start() == 4 && n.value().intValue() >= 1800 && n.value().intValue() <= 2100
                && !countedNounAfter(n.to())) {
            return false; // a year
        }
        if (month(n.to()) || w(n.to()).equals("er") && month(n.to() + 1)) {
            return false; // 16 décembre
        }
        if (month(n.from() - 1) || w(n.from() - 1).isEmpty() && n.from() >= 2
                && t.get(n.from() - 1).isSymbol('.') && month(n.from() - 2)) {
            return first.isNumeral() && n.value().intValue() > 31; // December 11
        }
        // "12 and 25 December", "1 to 29 December"
        String c = w(n.to());
        if ((c.equals("and") || c.equals("to") || c.equals("et") || c.equals("a") || c.equals("au")
                || t.get(Math.min(n.to(), t.size() - 1)).isSymbol('-')) && n.to() + 2 < t.size()
                && t.get(n.to() + 1).isNumeral() && Cues.MONTHS.contains(w(n.to() + 2))) {
            return false;
        }
        // times and identifiers
        if (n.to() < t.size() && (t.get(n.to()).isSymbol(':') || t.get(n.to()).isSymbol('/'))
                && n.to() + 1 < t.size() && t.get(n.to() + 1).isNumeral()) {
            return false;
        }
        if (n.from() > 1 && (t.get(n.from() - 1).isSymbol(':') || t.get(n.from() - 1).isSymbol('/'))
                && t.get(n.from() - 2).isNumeral() && t.get(n.from() - 2).end() == t.get(n.from() - 1).start()
                && first.isNumeral()) {
            return false;
        }
        if (n.from() > 0 && (t.get(n.from() - 1).isSymbol('#') || t.get(n.from() - 1).isSymbol('/')
                || t.get(n.from() - 1).isSymbol('#') || t.get(n.from() - 1).isSymbol('+')) && first.isNumeral()) {
            return false;
        }
        if (n.from() > 1 && t.get(n.from() - 1).isSymbol('-') && t.get(n.from() - 2).end() == t.get(n.from() - 1).start()
                && !t.get(n.from() - 2).isSymbol(' ')) {
            return false; // SCP-173, 222-2222
        }
        String before = w(n.from() - 1);
        String before2 = w(n.from() - 2);
        if (first.isNumeral() && (before.equals("no") || before.equals("nr") || before.equals("numero")
                || before.equals("n") || before.equals("number") || before.equals("°")
                || t.get(Math.max(n.from() - 1, 0)).isSymbol('°') || t.get(Math.max(n.from() - 1, 0)).isSymbol('.')
                && (before2.equals("no") || before2.equals("nr") || before2.equals("n")))) {
            return false;
        }
        String after = w(n.to());
        if (after.equals("am") || after.equals("pm") || after.equals("gmt") || after.equals("utc")
                || after.equals("rue") || after.equals("avenue") || after.equals("boulevard") || after.equals("street")
                || after.equals("road")) {
            return false;
        }
        if (n.to() < t.size() && t.get(n.to()).isWord() && t.get(n.to()).start() == last.end() && last.isNumeral()
                && Units.at(t, n.to(), text) == null) {
            return false; // 2e, 3rd, 1er, 10h30, A4
        }
        if (n.from() > 0 && t.get(n.from() - 1).isWord() && t.get(n.from() - 1).end() == first.start()) {
            return false;
        }
        return true;
    }

    private boolean countedNounAfter(int k) {
        String x = w(k);
        if (x.equals("de") || x.equals("of")) {
            x = w(k + 1);
        }
        return Cues.PEOPLE.contains(x) || Cues.NOUN_KINDS.containsKey(x);
    }

    /** The qualifier phrase ending right before token {@code from}: {startToken, phraseIndex} or null. */
    private int[] qualifierBefore(int from) {
        int best = -1;
        int bestStart = from;
        // Only the phrases that can end right before the number (by its previous word).
        for (int p : Cues.qualifierPhrasesEndingIn(w(from - 1))) {
            String[] ph = Cues.QUALIFIER_PHRASES[p];
            int s = from - ph.length;
            if (s < 0 || !sameSentence(s, from)) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < ph.length && ok; k++) {
                ok = w(s + k).equals(ph[k]) || ph[k].equals("'") && (t.get(s + k).isSymbol('\'') || t.get(s + k).isSymbol('’'));
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
        Token first = t.get(from);
        // approximate nouns: "une quarantaine", "a dozen", "une douzaine"
        boolean approxNoun = false;
        if (n.to() - n.from() == 2 && (first.is("a") || first.is("une") || first.is("un"))
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
        if (from > 0 && (t.get(from - 1).isSymbol('$') || t.get(from - 1).isSymbol('€'))) {
            unit = t.get(from - 1).norm();
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
        if (unit != null && unit.equals("%") && n.to() < t.size() && w(n.to()).equals("pour")) {
            quoteTo = u.to();
        }
        return make(from, quoteTo, quoteFrom, quoteTo, q, v, unit, nounFrom);
    }

    /** "une quarantaine (de villages)", "une centaine de kilomètres": about the noun's number. */
    private Candidate approximateNoun(NumberParser.Num n) {
        Token first = t.get(n.from());
        if (n.to() - n.from() != 1 || !(first.is("une") || first.is("un") || first.is("a"))) {
            return null;
        }
        Long v = Cues.APPROX_NOUNS.get(w(n.to()));
        if (v == null) {
            return null;
        }
        int to = n.to() + 1;
        String unit = null;
        int quoteTo = to;
        if ((w(to).equals("de") || w(to).equals("d") || w(to).equals("of")) && to + 1 < t.size()) {
            int u0 = w(to).equals("d") ? to + 2 : to + 1;
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
        boolean dash = t.get(sep).isSymbol('-') || t.get(sep).isSymbol('–');
        String opener = w(x.from() - 1);
        boolean ok = s.equals("a") && fr || s.equals("to") || dash
                || (s.equals("and") && opener.equals("between")) || (s.equals("et") && opener.equals("entre"));
        if (!ok || x.value().compareTo(y.value()) >= 0 || !isFigure(y)) {
            return null;
        }
        if (Cues.MONTHS.contains(w(y.to()))) {
            return null;
        }
        int quoteFrom = opener.equals("between") || opener.equals("entre") || opener.equals("de") || opener.equals("from")
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
        for (int i = 0; i < t.size(); i++) {
            if ((a.cues()[i] & Cues.VAGUE_WORD) == 0) {
                continue; // not in Cues.VAGUE (bit precomputed per word)
            }
            Long unit = Cues.VAGUE.get(t.get(i).norm());
            boolean article = w(i - 1).equals("des") || w(i - 1).equals("plusieurs") || w(i - 1).equals("de")
                    && !fr || !fr && (i == 0 || !(t.get(i - 1).isNumeral() || Lexicon.cardinal(w(i - 1), false) != null));
            if (!article || fr && !(w(i - 1).equals("des") || w(i - 1).equals("plusieurs"))) {
                continue;
            }
            if (w(i).equals("tens") && !w(i + 1).equals("of")) {
                continue;
            }
            int end = i + 1;
            long low = 2 * unit;
            // "des dizaines de milliers", "hundreds of thousands"
            if ((w(i + 1).equals("de") || w(i + 1).equals("of")) && Cues.VAGUE.containsKey(w(i + 2))
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
            i = end - 1;
        }
        return out;
    }
}
