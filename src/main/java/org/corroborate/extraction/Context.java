package org.corroborate.extraction;

import java.util.ArrayList;
import java.util.List;

/** Sentence-level context of figures: time periods and attributions. */
final class Context {

    private final List<Token> t;
    private final String text;
    private final List<int[]> sentences;
    private final int[] sentenceOf;
    /**
     * Token index → 1 + index in {@code nums} of the number starting there, 0 if none: ints, so
     * this token-sized array holds no references (see {@link PagedList} for why that matters).
     */
    private final int[] numAt;
    private final List<NumberParser.Num> nums;
    /** Cue bits per token ({@link Lexer.Tokens}): the whole-text passes test these, not the tokens. */
    private final int[] cues;

    Context(NumberRecognizer.Analysis a, List<int[]> sentences, int[] sentenceOf) {
        this.t = a.tokens();
        this.text = a.text();
        this.sentences = sentences;
        this.sentenceOf = sentenceOf;
        this.nums = a.nums();
        this.cues = a.cues();
        this.numAt = new int[t.size()];
        for (int k = 0; k < nums.size(); k++) {
            numAt[nums.get(k).from()] = k + 1;
        }
        this.bySentence = new Attribution[Math.max(sentences.size(), 1)];
        this.scanned = new boolean[bySentence.length];
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.get(i).norm() : ""; // norms are already accent-stripped (Lexer)
    }

    private boolean same(int i, int j) {
        return i >= 0 && j >= 0 && i < t.size() && j < t.size() && sentenceOf[i] == sentenceOf[j];
    }

    private NumberParser.Num num(int i) {
        return i >= 0 && i < numAt.length && numAt[i] > 0 ? nums.get(numAt[i] - 1) : null;
    }

    private boolean isYear(int i) {
        Token k = i < t.size() && i >= 0 ? t.get(i) : null;
        return k != null && k.isNumeral() && k.end() - k.start() == 4 && k.value().intValue() >= 1800
                && k.value().intValue() <= 2100;
    }

    /** End token (exclusive) of a time expression starting at i, or -1. */
    private int timeExpression(int i) {
        int k = i;
        String x = w(k);
        if (x.equals("le") || x.equals("la") || x.equals("the") || x.equals("l") || x.equals("les")) {
            k++;
            if (t.size() > k && (t.get(k).isSymbol('\'') || t.get(k).isSymbol('’'))) {
                k++;
            }
        }
        if (w(k).equals("past") || w(k).equals("last") || w(k).equals("derniers") || w(k).equals("dernieres")) {
            k++;
        }
        x = w(k);
        if (Cues.WEEKDAYS.contains(x)) {
            return k + 1;
        }
        if (x.equals("mi") && k + 2 < t.size() && t.get(k + 1).isSymbol('-') && Cues.MONTHS.contains(w(k + 2))) {
            return k + 3;
        }
        if (Cues.MONTHS.contains(x)) {
            int e = k + 1;
            if (e < t.size() && t.get(e).isNumeral()) {
                e++;
            }
            return e;
        }
        if (isYear(k)) {
            return k + 1;
        }
        if (x.equals("week") || x.equals("month") || x.equals("year") || x.equals("semaine") || x.equals("mois")) {
            return k + 1;
        }
        NumberParser.Num n = num(k);
        if (n != null) {
            int e = n.to();
            if (Cues.TIME_UNITS.contains(w(e))) {
                return e + 1;
            }
            if (w(e).equals("er")) {
                e++;
            }
            if (Cues.MONTHS.contains(w(e))) {
                return isYear(e + 1) ? e + 2 : e + 1;
            }
            // "12 and 25 December", "1 to 29 December"
            String c = w(e);
            if ((c.equals("and") || c.equals("to") || c.equals("et") || c.equals("a") || c.equals("au"))
                    && num(e + 1) != null && Cues.MONTHS.contains(w(num(e + 1).to()))) {
                return num(e + 1).to() + 1;
            }
        }
        return -1;
    }

    /**
     * Cheap pre-test for a period starting at token i: {@link #timeExpression} only succeeds on a
     * month, weekday, time word, numeral or number, and looks at most five tokens past i for it
     * (an optional "over the", "le", "'", "derniers" before it). Most "les", "en", "the" fail here.
     */
    private boolean timeTokenNear(int i) {
        for (int k = i; k <= i + 5 && k < t.size(); k++) {
            if ((cues[k] & (Cues.NUMERAL_TOKEN | Cues.TIME_WORD)) != 0 || numAt[k] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Period phrases: "en cinq jours", "depuis le 16 décembre", "since Thursday", "in the past week". */
    List<Span> periods() {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if ((cues[i] & Cues.PERIOD_STARTER) == 0 || !timeTokenNear(i)) {
                continue; // Cues.PERIOD_STARTERS, precomputed per word
            }
            String x = w(i);
            int from = i + 1;
            if ((x.equals("over") || x.equals("in") || x.equals("within") || x.equals("during")) && w(from).equals("the")) {
                from++;
            }
            if (x.equals("ces") || x.equals("these") || x.equals("past") || x.equals("last") || x.equals("this")
                    || x.equals("cette") || x.equals("the") || x.equals("les")) {
                from = i;
                if (!(w(i + 1).equals("derniers") || w(i + 1).equals("dernieres") || w(i + 1).equals("past")
                        || w(i + 1).equals("last"))) {
                    continue;
                }
            }
            int e = timeExpression(from);
            if (e < 0 && from == i) {
                e = timeExpression(i + 1);
            }
            if (e > i && e <= t.size() && same(i, e - 1)) {
                int s = t.get(i).start();
                int end = t.get(e - 1).end();
                out.add(new Span(s, end, text.substring(s, end)));
                i = e - 1;
            }
        }
        // "la semaine dernière", "last week"
        return out;
    }

    /** The period nearest to the figure in its sentence (periods are sorted: look at the two neighbours). */
    Span periodFor(int tok, List<Span> periods) {
        int[] sent = sentences.isEmpty() ? new int[] {0, text.length()} : sentences.get(sentenceOf[tok]);
        int pos = t.get(tok).start();
        Span best = null;
        int dist = Integer.MAX_VALUE;
        int lo = 0;
        int hi = periods.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (periods.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Span> near = periods.subList(Math.max(0, lo - 1), Math.min(periods.size(), lo + 1));
        for (Span p : near) {
            if (p.start() >= sent[0] && p.end() <= sent[1]) {
                int d = p.end() <= pos ? pos - p.end() : p.start() - pos;
                if (d >= 0 && d < dist) {
                    best = p;
                    dist = d;
                }
            }
        }
        return best;
    }

    private boolean boundary(int k) {
        Token x = t.get(k);
        return x.isSymbol(',') || x.isSymbol('.') || x.isSymbol(';') || x.isSymbol(':') || x.isSymbol('(')
                || x.isSymbol(')') || x.isSymbol('"') || x.isSymbol('«') || x.isSymbol('»');
    }

    private Attribution after(int cueFrom, int cueTo, int mentionFrom) {
        int e = mentionFrom;
        while (e < t.size() && same(e, cueFrom) && !boundary(e) && e - mentionFrom < 12) {
            e++;
        }
        if (e == mentionFrom) {
            return null;
        }
        String first = w(mentionFrom);
        if (first.equals("qui") || first.equals("que") || first.equals("lui") || first.equals("eux")) {
            return null;
        }
        int s = t.get(mentionFrom).start();
        int end = t.get(e - 1).end();
        String cue = text.substring(t.get(cueFrom).start(), t.get(cueTo - 1).end());
        return new Attribution(text.substring(s, end), s, end, cue);
    }

    private Attribution before(int cueFrom, int cueTo) {
        int s = cueFrom;
        while (s - 1 >= 0 && same(s - 1, cueFrom) && !boundary(s - 1) && cueFrom - s < 10) {
            s--;
        }
        if (s == cueFrom) {
            return null;
        }
        int start = t.get(s).start();
        int end = t.get(cueFrom - 1).end();
        String cue = text.substring(t.get(cueFrom).start(), t.get(cueTo - 1).end());
        return new Attribution(text.substring(start, end), start, end, cue);
    }

    /** Attribution per sentence index, valid where {@code scanned} is set. */
    private final Attribution[] bySentence;
    private final boolean[] scanned;

    /** The attribution of the sentence holding token {@code tok}; computed once per sentence. */
    Attribution attribution(int tok) {
        int s = sentenceOf[tok];
        if (!scanned[s]) {
            bySentence[s] = scan(tok);
            scanned[s] = true;
        }
        return bySentence[s];
    }

    /** Cited sources ("selon", "according to", "citing") win over reporting verbs ("said", "a précisé"). */
    private Attribution scan(int tok) {
        int sent = sentenceOf[tok];
        Attribution reporter = null;
        for (int k = tok; k >= 0 && sentenceOf[k] == sent; k--) {
            tok = k;
        }
        for (int k = tok; k < t.size() && sentenceOf[k] == sent; k++) {
            if ((cues[k] & (Cues.ATTRIBUTION_WORD | Cues.EN_VERB)) == 0) {
                continue; // every test below starts with one of these words
            }
            String x = w(k);
            Attribution found = null;
            if (x.equals("selon") || x.equals("citing")) {
                found = after(k, k + 1, k + 1);
            } else if (x.equals("d") && w(k + 2).equals("apres") && t.get(k + 1).type() == Token.Type.SYMBOL) {
                found = after(k, k + 3, k + 3);
            } else if (x.equals("according") && w(k + 1).equals("to")) {
                found = after(k, k + 2, k + 2);
            }
            if (found != null) {
                return found;
            }
            if (reporter == null && (x.equals("a") || x.equals("ont")) && Cues.FR_VERB_CUES.contains(w(k + 1))) {
                boolean inverted = k > 0 && same(k - 1, k) && boundary(k - 1);
                reporter = inverted ? after(k, k + 2, k + 2) : before(k, k + 2);
            } else if (reporter == null && t.get(k).hasCue(Cues.EN_VERB)) { // Cues.EN_VERB_CUES
                reporter = before(k, k + 1);
            }
        }
        return reporter;
    }
}
