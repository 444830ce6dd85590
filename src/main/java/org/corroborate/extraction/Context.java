package org.corroborate.extraction;

import java.util.ArrayList;
import java.util.List;

/** Sentence-level context of figures: time periods and attributions. */
final class Context {

    private final Tokens t;
    private final String text;
    private final SentenceBounds sentences;
    private final int[] sentenceOf;
    /**
     * Token index → 1 + index in {@code nums} of the number starting there, 0 if none: ints, so
     * this token-sized array holds no references (see {@link PagedList} for why that matters).
     */
    private final int[] numAt;
    private final List<NumberParser.Num> nums;
    /** Cue bits per token ({@link Tokens#cueArray}): the whole-text passes test these. */
    private final int[] cues;

    Context(NumberRecognizer.Analysis a, SentenceBounds sentences, int[] sentenceOf) {
        this.t = a.toks();
        this.text = a.text();
        this.sentences = sentences;
        this.sentenceOf = sentenceOf;
        this.nums = a.nums();
        this.cues = t.cueArray();
        this.numAt = t.numAtArray(); // zeroed
        for (int k = 0; k < nums.size(); k++) {
            numAt[nums.get(k).from()] = k + 1;
        }
        this.bySentence = new Attribution[Math.max(sentences.size(), 1)];
        this.scanned = new boolean[bySentence.length];
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.norm(i) : ""; // norms are already accent-stripped (Lexer)
    }

    private boolean same(int i, int j) {
        return i >= 0 && j >= 0 && i < t.size() && j < t.size() && sentenceOf[i] == sentenceOf[j];
    }

    private NumberParser.Num num(int i) {
        return i >= 0 && i < t.size() && numAt[i] > 0 ? nums.get(numAt[i] - 1) : null;
    }

    private boolean isYear(int i) {
        return i < t.size() && i >= 0 && t.isNumeral(i) && t.end(i) - t.start(i) == 4 && t.value(i).intValue() >= 1800
                && t.value(i).intValue() <= 2100;
    }

    /** End token (exclusive) of a time expression starting at i, or -1. */
    private int timeExpression(int i) {
        int k = i;
        String x = w(k);
        if (Tokens.same(x, "le") || Tokens.same(x, "la") || Tokens.same(x, "the") || Tokens.same(x, "l") || Tokens.same(x, "les")) {
            k++;
            if (t.size() > k && (t.isSymbol(k, '\'') || t.isSymbol(k, '’'))) {
                k++;
            }
        }
        if (Tokens.same(w(k), "past") || Tokens.same(w(k), "last") || Tokens.same(w(k), "derniers") || Tokens.same(w(k), "dernieres")) {
            k++;
        }
        x = w(k);
        if (Cues.WEEKDAYS.contains(x)) {
            return k + 1;
        }
        if (Tokens.same(x, "mi") && k + 2 < t.size() && t.isSymbol(k + 1, '-') && Cues.MONTHS.contains(w(k + 2))) {
            return k + 3;
        }
        if (t.isWord(k) && Cues.MONTHS.contains(x)) { // not a decimal numeral, whose norm is "dec"
            int e = k + 1;
            if (e < t.size() && t.isNumeral(e)) {
                e++;
            }
            return e;
        }
        if (isYear(k)) {
            return k + 1;
        }
        if (Tokens.same(x, "week") || Tokens.same(x, "month") || Tokens.same(x, "year") || Tokens.same(x, "semaine") || Tokens.same(x, "mois")) {
            return k + 1;
        }
        NumberParser.Num n = num(k);
        if (n != null) {
            int e = n.to();
            if (Cues.TIME_UNITS.contains(w(e))) {
                return e + 1;
            }
            if (Tokens.same(w(e), "er")) {
                e++;
            }
            if (Cues.MONTHS.contains(w(e))) {
                return isYear(e + 1) ? e + 2 : e + 1;
            }
            // "12 and 25 December", "1 to 29 December"
            String c = w(e);
            if ((Tokens.same(c, "and") || Tokens.same(c, "to") || Tokens.same(c, "et") || Tokens.same(c, "a") || Tokens.same(c, "au"))
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
        int resume = 0; // the tokens before it are inside the last period
        for (int m = 0; m < t.markedSize(); m++) { // Cues.PERIOD_STARTER is one of Tokens.MARKED
            int i = t.marked(m);
            if (i < resume || (cues[i] & Cues.PERIOD_STARTER) == 0 || !timeTokenNear(i)) {
                continue; // Cues.PERIOD_STARTERS, precomputed per word
            }
            String x = w(i);
            int from = i + 1;
            if ((Tokens.same(x, "over") || Tokens.same(x, "in") || Tokens.same(x, "within") || Tokens.same(x, "during")) && Tokens.same(w(from), "the")) {
                from++;
            }
            if (Tokens.same(x, "ces") || Tokens.same(x, "these") || Tokens.same(x, "past") || Tokens.same(x, "last") || Tokens.same(x, "this")
                    || Tokens.same(x, "cette") || Tokens.same(x, "the") || Tokens.same(x, "les")) {
                from = i;
                if (!(Tokens.same(w(i + 1), "derniers") || Tokens.same(w(i + 1), "dernieres") || Tokens.same(w(i + 1), "past")
                        || Tokens.same(w(i + 1), "last"))) {
                    continue;
                }
            }
            int e = timeExpression(from);
            if (e < 0 && from == i) {
                e = timeExpression(i + 1);
            }
            if (e > i && e <= t.size() && same(i, e - 1)) {
                int s = t.start(i);
                int end = t.end(e - 1);
                out.add(new Span(text, s, end));
                resume = e;
            }
        }
        // "la semaine dernière", "last week"
        return out;
    }

    /** Where {@link #periodFor} found the last figure's neighbours in the periods. */
    private int periodCursor;

    /** The period nearest to the figure in its sentence (periods are sorted: look at the two neighbours). */
    Span periodFor(int tok, List<Span> periods) {
        int sentStart = sentences.isEmpty() ? 0 : sentences.start(sentenceOf[tok]);
        int sentEnd = sentences.isEmpty() ? text.length() : sentences.end(sentenceOf[tok]);
        int pos = t.start(tok);
        Span best = null;
        int dist = Integer.MAX_VALUE;
        // lo: the first period starting at or after pos. Figures come in text order, so it is
        // found by moving on from the last figure's (any order would still be answered right).
        int lo = Math.min(periodCursor, periods.size());
        while (lo < periods.size() && periods.get(lo).start() < pos) {
            lo++;
        }
        while (lo > 0 && periods.get(lo - 1).start() >= pos) {
            lo--;
        }
        periodCursor = lo;
        for (int k = Math.max(0, lo - 1); k < Math.min(periods.size(), lo + 1); k++) {
            Span p = periods.get(k);
            if (p.start() >= sentStart && p.end() <= sentEnd) {
                int d = p.end() <= pos ? pos - p.end() : p.start() - pos;
                if (d >= 0 && d < dist) {
                    best = p;
                    dist = d;
                }
            }
        }
        return best;
    }

    /** The symbols that bound an attributed source's mention. */
    private static final boolean[] BOUNDARY = new boolean[256];

    static {
        for (char c : ",.;:()\"«»".toCharArray()) {
            BOUNDARY[c] = true;
        }
    }

    private boolean boundary(int k) {
        if (!t.isSymbol(k)) {
            return false;
        }
        char c = t.symbol(k);
        return c < 256 && BOUNDARY[c];
    }

    private Attribution after(int cueFrom, int cueTo, int mentionFrom) {
        // "a annoncé lundi le ministère de l'Intérieur", "a indiqué samedi l'OMS": the day is not the source (F30)
        while (mentionFrom < t.size() && same(mentionFrom, cueFrom) && t.isWord(mentionFrom)
                && t.hasCue(mentionFrom, Cues.TIME_WORD)) {
            mentionFrom++;
        }
        int e = mentionFrom;
        while (e < t.size() && same(e, cueFrom) && !boundary(e) && e - mentionFrom < 12) {
            e++;
        }
        if (e == mentionFrom) {
            return null;
        }
        String first = w(mentionFrom);
        if (Tokens.same(first, "qui") || Tokens.same(first, "que") || Tokens.same(first, "lui") || Tokens.same(first, "eux")) {
            return null;
        }
        return new Attribution(text, t.start(mentionFrom), t.end(e - 1), t.start(cueFrom), t.end(cueTo - 1));
    }

    private Attribution before(int cueFrom, int cueTo) {
        int s = cueFrom;
        while (s - 1 >= 0 && same(s - 1, cueFrom) && !boundary(s - 1) && cueFrom - s < 10) {
            s--;
        }
        if (s == cueFrom) {
            return null;
        }
        return new Attribution(text, t.start(s), t.end(cueFrom - 1), t.start(cueFrom), t.end(cueTo - 1));
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
            if (Tokens.same(x, "selon") || Tokens.same(x, "citing")) {
                found = after(k, k + 1, k + 1);
            } else if (Tokens.same(x, "d") && Tokens.same(w(k + 2), "apres") && t.isSymbol(k + 1)) {
                found = after(k, k + 3, k + 3);
            } else if (Tokens.same(x, "according") && Tokens.same(w(k + 1), "to")) {
                found = after(k, k + 2, k + 2);
            }
            if (found != null) {
                return found;
            }
            if (reporter == null && (Tokens.same(x, "a") || Tokens.same(x, "ont")) && k + 1 < t.size() && t.isWord(k + 1)
                    && t.hasCue(k + 1, Cues.FR_VERB)) { // Cues.FR_VERB_CUES
                boolean inverted = k > 0 && same(k - 1, k) && boundary(k - 1);
                reporter = inverted ? after(k, k + 2, k + 2) : before(k, k + 2);
            } else if (reporter == null && t.hasCue(k, Cues.EN_VERB)) { // Cues.EN_VERB_CUES
                reporter = before(k, k + 1);
            }
        }
        return reporter;
    }
}
