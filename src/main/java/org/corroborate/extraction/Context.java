package org.corroborate.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /** Whether token i's norm is in the lists of these {@link Cues#classesOf classes} (never outside the tokens). */
    private boolean in(int i, int classes) {
        return i >= 0 && i < t.size() && t.hasClass(i, classes);
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
        if (in(k, Cues.WEEKDAY)) {
            return k + 1;
        }
        if (Tokens.same(x, "mi") && k + 2 < t.size() && t.isSymbol(k + 1, '-') && in(k + 2, Cues.MONTH_NORM)) {
            return k + 3;
        }
        if (t.isWord(k) && in(k, Cues.MONTH_NORM)) { // not a decimal numeral, whose norm is "dec"
            int e = k + 1;
            if (e < t.size() && t.isNumeral(e)) {
                e++;
            }
            return e;
        }
        if (isYear(k)) {
            return k + 1;
        }
        if (Tokens.same(x, "week") || Tokens.same(x, "month") || Tokens.same(x, "year") || Tokens.same(x, "semaine") || Tokens.same(x, "mois")
                || Tokens.same(x, "annee")) {
            // « le mois de mai », « du mois d'août », "the month of May"
            if ((Tokens.same(w(k + 1), "de") || Tokens.same(w(k + 1), "of")) && in(k + 2, Cues.MONTH_NORM)) {
                return k + 3;
            }
            if (Tokens.same(w(k + 1), "d") && apostrophe(k + 2) && in(k + 3, Cues.MONTH_NORM)) {
                return k + 4;
            }
            return k + 1;
        }
        // "the start of May", "the end of the year", « le début du mois », « la fin de l'année », « début août »
        if (Tokens.same(x, "start") || Tokens.same(x, "beginning") || Tokens.same(x, "end") || Tokens.same(x, "debut")
                || Tokens.same(x, "fin") || Tokens.same(x, "middle") || Tokens.same(x, "milieu")) {
            String y = w(k + 1);
            int next = Tokens.same(y, "of") || Tokens.same(y, "de") || Tokens.same(y, "du") ? k + 2
                    : Tokens.same(y, "d") && apostrophe(k + 2) ? k + 3 : in(k + 1, Cues.MONTH_NORM) ? k + 1 : -1;
            if (next > k && next < t.size()) {
                int e = Tokens.same(y, "du") ? timeExpressionAfterDu(next) : timeExpression(next);
                if (e > next) {
                    return e;
                }
            }
        }
        NumberParser.Num n = num(k);
        if (n != null) {
            int e = n.to();
            if (in(e, Cues.TIME_UNIT_NORM)) {
                return e + 1;
            }
            if (Tokens.same(w(e), "er")) {
                e++;
            }
            if (in(e, Cues.MONTH_NORM)) {
                return isYear(e + 1) ? e + 2 : e + 1;
            }
            // "12 and 25 December", "1 to 29 December"
            String c = w(e);
            if ((Tokens.same(c, "and") || Tokens.same(c, "to") || Tokens.same(c, "et") || Tokens.same(c, "a") || Tokens.same(c, "au"))
                    && num(e + 1) != null && in(num(e + 1).to(), Cues.MONTH_NORM)) {
                return num(e + 1).to() + 1;
            }
        }
        return -1;
    }

    /** {@link #timeExpression} of the words after « du » (« du mois », « du mois de mai »): its noun without article. */
    private int timeExpressionAfterDu(int k) {
        String x = w(k);
        return Tokens.same(x, "mois") || Tokens.same(x, "semaine") || Tokens.same(x, "printemps")
                || Tokens.same(x, "week") ? timeExpression(k) : -1;
    }

    /**
     * Cheap pre-test for a period starting at token i: {@link #timeExpression} only succeeds on a
     * month, weekday, time word, numeral or number, and looks at most seven tokens past i for it
     * (an optional "over the", "le", "'", "derniers", « la fin de l' » before it). Most "les", "en", "the" fail here.
     */
    private boolean timeTokenNear(int i) {
        for (int k = i; k <= i + 7 && k < t.size(); k++) {
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
            if (p.start() >= sentStart && p.end() <= sentEnd && !(p.start() > pos && comparedBetween(tok, p.start()))) {
                int d = p.end() <= pos ? pos - p.end() : p.start() - pos;
                if (d >= 0 && d < dist) {
                    best = p;
                    dist = d;
                }
            }
        }
        return best == null ? null : sinceARecord(best, tok);
    }

    /**
     * A "since" that dates a record, not a count (third walk, H7): "the deadliest fire since 1949", « le plus grand
     * incendie depuis 1949 » — a superlative before "since" / « depuis » and a year. The figure of the past event
     * told in a relative clause after it ("..., which killed 82 people", « ..., qui avait fait 82 morts », "when 17,000
     * people died") counts that year; any other figure of the sentence has no period from it (today's toll is not
     * "since 1949"). Other periods are returned as they are.
     */
    private Span sinceARecord(Span p, int tok) {
        char c = Character.toLowerCase(text.charAt(p.start()));
        if (c != 's' && c != 'd') {
            return p; // most periods: no token looked up
        }
        int first = tokenAt(p.start(), 0);
        if (first < 0 || !t.isWord(first) || !(Tokens.same(w(first), "since") || Tokens.same(w(first), "depuis"))) {
            return p;
        }
        int year = -1;
        for (int k = first + 1; k < t.size() && t.start(k) < p.end(); k++) {
            if (t.isNumeral(k) && t.end(k) - t.start(k) == 4) {
                year = k;
                break;
            }
        }
        if (year < 0 || !superlativeBefore(first)) {
            return p;
        }
        if (tok > year) {
            boolean told = false;
            for (int k = year + 1; k < tok && sentenceOf[k] == sentenceOf[tok]; k++) {
                if (t.isSymbol(k, ',') || t.isSymbol(k, ';')) {
                    told = false; // "since 1999 when 17,000 people died, has killed at least 40": today's toll
                } else if (t.isWord(k) && (Tokens.same(w(k), "which") || Tokens.same(w(k), "qui") || Tokens.same(w(k), "when")
                        || Tokens.same(w(k), "where") || Tokens.same(w(k), "ou") || Tokens.same(w(k), "lorsque"))) {
                    told = true;
                }
            }
            if (told) {
                return new Span(text, t.start(year), t.end(year)); // the past event's year
            }
        }
        return null;
    }

    /** A superlative within the eight words before token k: "the deadliest", "worst", « le plus grand », « pire ». */
    private boolean superlativeBefore(int k) {
        for (int b = k - 1; b >= 0 && b >= k - 8 && sentenceOf[b] == sentenceOf[k]; b--) {
            if (!t.isWord(b)) {
                continue;
            }
            String x = w(b);
            if (Tokens.same(x, "worst") || Tokens.same(x, "biggest") || Tokens.same(x, "largest")
                    || Tokens.same(x, "highest") || Tokens.same(x, "strongest") || Tokens.same(x, "most")
                    || Tokens.same(x, "first") || Tokens.same(x, "record") || Tokens.same(x, "pire")
                    || Tokens.same(x, "premier") || Tokens.same(x, "premiere") || Tokens.same(x, "jamais")
                    || x.endsWith("iest") // deadliest, heaviest, costliest
                    || Tokens.same(x, "plus") && b > 0 && t.isWord(b - 1) && (Tokens.same(w(b - 1), "le")
                    || Tokens.same(w(b - 1), "la") || Tokens.same(w(b - 1), "les") || Tokens.same(w(b - 1), "du")
                    || Tokens.same(w(b - 1), "des") || Tokens.same(w(b - 1), "son") || Tokens.same(w(b - 1), "sa")
                    || Tokens.same(w(b - 1), "leur"))) {
                return true;
            }
        }
        return false;
    }

    /** The token starting at char {@code pos}, looked for from token {@code from} on, or -1. */
    private int tokenAt(int pos, int from) {
        int lo = from;
        int hi = t.size();
        while (lo < hi) { // the first token starting at or after pos
            int mid = (lo + hi) >>> 1;
            if (t.start(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < t.size() && t.start(lo) == pos ? lo : -1;
    }

    /**
     * Between token {@code tok} and the char {@code until}, a comparison word and then a number: "82%, up from 6.5% in
     * April", « 82 % contre 6,5 % en avril » — the period after belongs to the number compared with, not to the figure
     * (third walk, H15).
     */
    private boolean comparedBetween(int tok, int until) {
        boolean compared = false;
        for (int k = tok + 1; k < t.size() && t.start(k) < until; k++) {
            if (compared && (numAt[k] > 0 || t.isNumeral(k))) {
                return true;
            }
            if (t.isWord(k)) {
                String x = w(k);
                compared |= Tokens.same(x, "from") || Tokens.same(x, "than") || Tokens.same(x, "against")
                        || Tokens.same(x, "compared") || Tokens.same(x, "versus") || Tokens.same(x, "vs")
                        || Tokens.same(x, "contre") || Tokens.same(x, "apres");
            }
        }
        return false;
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

    boolean apostrophe(int k) {
        return k >= 0 && k < t.size() && (t.isSymbol(k, '\'') || t.isSymbol(k, '’'));
    }

    /** The end (exclusive) of "(OCHA)" opening at token k, or -1: a short parenthesis of words. */
    private int parenthesisEnd(int k, int limit) {
        if (k >= limit || !t.isSymbol(k, '(')) {
            return -1;
        }
        for (int e = k + 1; e < limit && e <= k + 6; e++) {
            if (t.isSymbol(e, ')')) {
                return e > k + 1 ? e + 1 : -1;
            }
            if (!t.isWord(e) && !t.isSymbol(e, '-') && !apostrophe(e)) {
                return -1;
            }
        }
        return -1;
    }

    /** A weekday, or a time word in lower case ("soir", but not the newspapers "Le Soir", "Le Matin"). */
    private boolean when(int k) {
        return t.isWord(k) && t.hasCue(k, Cues.WHEN_WORD)
                && (Character.isLowerCase(text.charAt(t.start(k))) || t.hasClass(k, Cues.WEEKDAY));
    }

    /** Token k starts a word about when a source spoke: "lundi", "samedi soir", "on Monday", "yesterday". */
    private int whenWords(int k, int limit) {
        int e = k;
        while (e < limit) {
            if (when(e)) {
                e++;
            } else if (Tokens.same(w(e), "on") && e + 1 < limit && when(e + 1)) {
                e += 2;
            } else if (t.isSymbol(e, '-') && e > k && e + 1 < limit && when(e + 1)) {
                e += 2; // après-midi
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * The source named after a cue: "selon l'OSDH", "a annoncé lundi le ministère de l'Intérieur", "according to
     * figures released by the ministry" (the ministry), "the World Health Organization (WHO)" with its acronym.
     * Time words before it are skipped, those after it cut ("said the ministry on Monday").
     */
    private Attribution after(int cueFrom, int cueTo, int mentionFrom, int limit) {
        int from = whenWords(mentionFrom, limit);
        int e = from;
        int cap = from + 12;
        while (e < limit && same(e, cueFrom) && !boundary(e) && e < cap) {
            int when = e > from ? whenWords(e, limit) : e;
            if (when > e && when < limit && t.hasCue(e - 1, Cues.HANDED)
                    && (Tokens.same(w(when), "by") || Tokens.same(w(when), "par"))) {
                e = when; // "data published on Monday by the ministry", « les résultats publiés lundi par la chancellerie »
                cap = when + 12; // the publisher's name after "by" as long as any
                continue;
            }
            if (e > from && (when > e || startsAside(e))) {
                break; // "le ministère lundi", "the ministry in a statement"
            }
            if (e > from && finiteVerb(e)) {
                return null; // "..., said the vote was orderly": what was said, not who said it (third walk, H14)
            }
            if (e > from && conjunction(e) && e + 1 < limit && (numAt[e + 1] > 0 || t.isWord(e + 1)
                    && (Tokens.same(w(e + 1), "a") || Tokens.same(w(e + 1), "at")))) {
                break; // "by police and 40,000 by the organisers", « par la police et à 40 000 par les syndicats »
            }
            e++;
        }
        if (e == from || !t.isWord(from) || t.hasClass(from, Cues.NOT_SOURCE)) {
            return null;
        }
        int close = parenthesisEnd(e, limit);
        if (close > 0) {
            e = close; // "l'Organisation mondiale de la santé (OMS)"
        }
        from = publisherOf(from, e);
        return new Attribution(text, t.start(from), t.end(e - 1), t.start(cueFrom), t.end(cueTo - 1));
    }

    /** Token k says how many of the named act, not who: "all", "both", "each", « tous », « chacun »... */
    private boolean floatingQuantifier(int k) {
        String w = w(k);
        return Tokens.same(w, "all") || Tokens.same(w, "both") || Tokens.same(w, "each") || Tokens.same(w, "tous")
                || Tokens.same(w, "toutes") || Tokens.same(w, "chacun") || Tokens.same(w, "chacune");
    }

    /** Token k is a finite form of "be" or "have" ("the vote was", « le scrutin est »): a clause, not a name. */
    private boolean finiteVerb(int k) {
        return t.isWord(k) && t.hasClass(k, Cues.FINITE_BE_HAVE); // Cues.FINITE_BE_HAVE_WORDS
    }

    /** "in a statement", "dans un communiqué", "lors d'une conférence": how, not who. */
    private boolean startsAside(int k) {
        String x = w(k);
        String y = w(k + 1);
        return (Tokens.same(x, "in") || Tokens.same(x, "dans")) && (Tokens.same(y, "a") || Tokens.same(y, "its")
                || Tokens.same(y, "un") || Tokens.same(y, "une") || Tokens.same(y, "son") || Tokens.same(y, "sa")
                || Tokens.same(y, "their") || Tokens.same(y, "ses")) || Tokens.same(x, "lors");
    }

    /**
     * Where the source starts in a mention that first names what it published: "figures released by the ministry",
     * "un bilan du ministère", "a statement from OCHA" (after "by"/"par", else the first "from"/"of"/"de"/"du"/"des"/
     * "d'"); {@code from} when the mention does not start so or names nobody after it.
     */
    private int publisherOf(int from, int end) {
        int noun = -1;
        for (int k = from; k < end && k < from + 4; k++) {
            if (t.isWord(k) && t.hasCue(k, Cues.REPORT_NOUN)) {
                noun = k;
                break;
            }
        }
        if (noun < 0) {
            return from;
        }
        int of = -1;
        for (int k = noun + 1; k < end; k++) {
            String x = w(k);
            if (Tokens.same(x, "by") || Tokens.same(x, "par")) {
                of = k;
                break;
            }
            if (of < 0 && (Tokens.same(x, "from") || Tokens.same(x, "of") || Tokens.same(x, "de") || Tokens.same(x, "du")
                    || Tokens.same(x, "des") || Tokens.same(x, "d") && apostrophe(k + 1))) {
                of = k;
            }
        }
        int start = of < 0 ? -1 : Tokens.same(w(of), "d") ? of + 2 : of + 1;
        return start > 0 && start < end && t.isWord(start) ? start : from;
    }

    /**
     * The source written before its verb: "OCHA said", "L'armée syrienne a affirmé", "the National Institute for
     * Disaster Risk Management (INGD) said" (its acronym kept), "the agency (OCHA) said". Not before
     * {@code lowest} (the clause's first word), and not the passive "300 cases were reported".
     */
    /** Whether the last mention {@link #before} found starts right after a comma ("..., the ministry said"). */
    private boolean beforeAfterComma;

    /** Whether the last {@link #before} found no mention because the verb's subject is another verb's ("... and said"). */
    private boolean elided;

    /**
     * {@link #before}, or the source found so far in the clause when this verb shares its subject ("Le syndicat a
     * dénoncé la répression et a indiqué que ...": the union).
     */
    private Attribution before(int cueFrom, int cueTo, int lowest, Attribution found) {
        Attribution a = before(cueFrom, cueTo, lowest);
        return a == null && elided ? found : a;
    }

    private Attribution before(int cueFrom, int cueTo, int lowest) {
        elided = false;
        int named = cueFrom; // the mention ends right before it: the verb, or the comma opening an apposition
        if (cueFrom - 1 > lowest && t.isSymbol(cueFrom - 1, ',')) {
            int open = appositionOpening(cueFrom - 1, lowest);
            if (open < 0) {
                beforeAfterComma = true;
                return null;
            }
            named = open; // "Participacion Ciudadana, an independent watchdog, estimated ..."
        }
        int s = named;
        int limit = 10;
        if (s - 1 > lowest && t.isSymbol(s - 1, ')')) {
            for (int k = s - 2; k >= lowest && k >= s - 7; k--) {
                if (t.isSymbol(k, '(')) {
                    if (parenthesisEnd(k, named) == named) {
                        limit += named - k;
                        s = k;
                    }
                    break;
                }
            }
        }
        while (s - 1 >= lowest && same(s - 1, named) && !boundary(s - 1) && named - s < limit) {
            s--;
        }
        beforeAfterComma = s > lowest && t.isSymbol(s - 1, ',');
        while (s < named && (Tokens.same(w(s), "and") || Tokens.same(w(s), "but") || Tokens.same(w(s), "et")
                || Tokens.same(w(s), "mais") || t.isSymbol(s, '-') || t.isSymbol(s, '–') || t.isSymbol(s, '—'))) {
            s++; // "called the action \"illegal\" and said": a conjunction names no one; "(AP) - Ecuador's": a dash
        }
        if (s == named) {
            return null;
        }
        if (Tokens.same(w(s), "our") || Tokens.same(w(s), "we") || Tokens.same(w(s), "notre") || Tokens.same(w(s), "nos")
                || Tokens.same(w(s), "nous")) {
            return null; // "Our monitoring ... puts spending at": the publisher's own voice, its own figure
        }
        String last = w(named - 1);
        int j = named - 1;
        if (Tokens.same(last, "a") || Tokens.same(last, "ont") || Tokens.same(last, "has") || Tokens.same(last, "have")
                || Tokens.same(last, "had")) {
            j--; // "et a indiqué", "and has said"
        }
        String conjunction = j > s ? w(j) : "";
        if (Tokens.same(conjunction, "and") || Tokens.same(conjunction, "et") || Tokens.same(conjunction, "but")
                || Tokens.same(conjunction, "mais")) {
            elided = true; // "The minister called the strike illegal and said": the subject is the first verb's
            return null;
        }
        if (Tokens.same(last, "were") || Tokens.same(last, "was") || Tokens.same(last, "been") || Tokens.same(last, "be")
                || Tokens.same(last, "are") || Tokens.same(last, "is") || Tokens.same(last, "being")) {
            return null; // "300 cases were reported"
        }
        if (t.isSymbol(s, '(')) {
            return new Attribution(text, t.start(s + 1), t.end(named - 2), t.start(cueFrom), t.end(cueTo - 1));
        }
        if (named - s > 1 && floatingQuantifier(named - 1)) {
            named--; // "The three opposition parties all said", « Les deux syndicats ont tous affirmé »
            if (named - s > 1 && (Tokens.same(w(named - 1), "ont") || Tokens.same(w(named - 1), "have"))) {
                named--;
            }
        }
        return new Attribution(text, t.start(s), t.end(named - 1), t.start(cueFrom), t.end(cueTo - 1));
    }

    /**
     * The comma that opens an apposition closed by the comma at {@code closing}, right before a reporting verb
     * (third walk, H1): "Participacion Ciudadana, an independent watchdog, estimated", "Amnesty International, a
     * rights group, said", « SUD-SDIS, un syndicat de pompiers, estime que ». The apposition is at most eight words
     * (and apostrophes, hyphens) starting with an article, after a word. Returns the opening comma's token, or -1.
     */
    private int appositionOpening(int closing, int lowest) {
        int k = closing - 1;
        while (k > lowest && closing - k <= 12 && (t.isWord(k) || apostrophe(k) || t.isSymbol(k, '-') || numAt[k] > 0
                || t.isNumeral(k))) {
            k--;
        }
        if (k <= lowest || k == closing - 1 || !t.isSymbol(k, ',') || !t.isWord(k - 1) || !same(k - 1, closing)) {
            return -1;
        }
        String first = w(k + 1);
        if (Tokens.same(first, "which") || Tokens.same(first, "who") || Tokens.same(first, "qui")) {
            return k; // a relative clause: "The EU's observation mission, which deployed some 120 observers, said"
        }
        if (closing - k > 9) {
            return -1; // an apposition is at most eight words
        }
        for (int j = k + 1; j < closing; j++) {
            if (t.isNumeral(j)) {
                return -1;
            }
        }
        return Tokens.same(first, "a") || Tokens.same(first, "an") || Tokens.same(first, "the")
                || Tokens.same(first, "un") || Tokens.same(first, "une") || Tokens.same(first, "le")
                || Tokens.same(first, "la") || Tokens.same(first, "les") ? k : -1;
    }

    /** Attribution per sentence index, valid where {@code scanned} is set and the sentence is one clause. */
    private final Attribution[] bySentence;
    private final boolean[] scanned;
    /** The sentences of more than one clause ("..., while the UN released ..."), by sentence index. */
    private java.util.Map<Integer, Clauses> split;

    /**
     * The clauses of one sentence that a clause word divides, each with its own attribution and whether it covers
     * the whole sentence: a cited source ("according to", "selon") or a source after its verb's comma ("..., the
     * ministry said", "..., a annoncé le ministère"). A clause without its own attribution takes one of those,
     * never the subject another clause gives its own verb ("The World Bank announced ..., while the UN ...").
     */
    private record Clauses(int[] starts, Attribution[] own, byte[] reach) {

        Attribution at(int tok) {
            int c = 0;
            while (c + 1 < starts.length && starts[c + 1] <= tok) {
                c++;
            }
            if (own[c] != null) {
                return own[c];
            }
            for (byte wanted = CITED; wanted >= WIDE; wanted--) {
                for (int k = 0; k < own.length; k++) {
                    if (k != c && reach[k] == wanted) {
                        return own[k];
                    }
                }
            }
            return null;
        }
    }

    private static final byte OWN = 1;
    private static final byte WIDE = 2;
    private static final byte CITED = 3;
    /** How far the attribution {@link #scan} returned last reaches: {@link #OWN}, {@link #WIDE} or {@link #CITED}. */
    private byte reach;
    /** Where the cue of the cited source {@link #scan} returned last is: 1 opening its clause, 2 after a comma, else 0. */
    private int citedAt;

    /** The attribution of the clause holding token {@code tok}; computed once per sentence. */
    Attribution attribution(int tok) {
        int s = sentenceOf[tok];
        if (!scanned[s]) {
            analyse(s, tok);
            scanned[s] = true;
        }
        Clauses c = split == null ? null : split.get(s);
        return c == null ? bySentence[s] : c.at(tok);
    }

    /**
     * The attribution of a figure whose quote is tokens {@code [quoteFrom, after)}: a second source with its verb elided
     * right before it ({@link #elidedSource}), or a relative clause right after it with a
     * pronoun and a declaring verb gives the figure to whom the pronoun stands for, the name that opens the sentence or
     * the one named before it ("ADN accounts for about $19 million, more than twice the $8.7 million it declared": ADN,
     * not the watchdog that quotes the declaration; « les 8,7 millions qu'il avait déclarés »); otherwise
     * {@link #attribution(int)}. A pronoun that nothing names is left as written (see {@link #pointedTo}).
     */
    Attribution attribution(int tok, int quoteFrom, int after) {
        Attribution found = attributionOf(tok, quoteFrom, after);
        if (found != null && found.start() <= t.start(quoteFrom) && found.end() >= t.end(after - 1)) {
            // the figure counts its own "source": "Ecuador's two main parties both claimed victory", « Les deux
            // syndicats ont dit » — nobody states it but the text
            return null;
        }
        return found;
    }

    private Attribution attributionOf(int tok, int quoteFrom, int after) {
        Attribution own = attribution(tok);
        int k = after;
        if (own != null && quoteFrom >= 3 && t.isWord(quoteFrom - 1) && (k >= t.size() || sentenceOf[k] != sentenceOf[tok]
                || t.isSymbol(k, '.') || t.isSymbol(k, ';'))) {
            Attribution elided = elidedSource(quoteFrom, own);
            if (elided != null) {
                return elided;
            }
        }
        if (k >= t.size() || !t.hasClass(k, Cues.DECLARING_OPENER) || sentenceOf[k] != sentenceOf[tok]) {
            return own; // most figures: one bit tested
        }
        if (Tokens.same(w(k), "that") || Tokens.same(w(k), "que")) {
            k++;
        } else if (Tokens.same(w(k), "qu") && apostrophe(k + 1)) {
            k += 2;
        }
        if (k + 1 >= t.size() || !t.isWord(k) || !POINTERS.contains(w(k)) || sentenceOf[k + 1] != sentenceOf[tok]) {
            return own;
        }
        int verbEnd = declaringVerbEnd(k + 1);
        if (verbEnd < 0) {
            return own;
        }
        int first = tok;
        while (first > 0 && sentenceOf[first - 1] == sentenceOf[tok]) {
            first--;
        }
        Attribution pronoun = new Attribution(text, t.start(k), t.end(k), t.start(k), t.end(verbEnd - 1));
        for (int a = tok - 1; a >= first; a--) { // "The watchdog said ADN spent twice the $8.7 million it declared"
            if (acronym(a)) {
                return pronoun.naming(t.start(a), t.end(a));
            }
        }
        int[] name = leadingName(first, tok);
        return name != null ? pronoun.naming(t.start(name[0]), t.end(name[1] - 1)) : pointedTo(pronoun, first);
    }

    /** Token a is an acronym: a word of two to six capitals ("ADN", "OSDH", "UNHCR", "LFI"), as parties and bodies are named. */
    boolean acronym(int a) {
        int from = t.start(a);
        int to = t.end(a);
        if (!t.isWord(a) || to - from < 2 || to - from > 6) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A second source whose verb is elided, its figure ending the sentence (third walk, H1): « Le syndicat évoque
     * près de 1 500 pompiers sur le terrain, la préfecture 1 250. », "Police said 3,000 marched, the organisers
     * 20,000." — after a comma, an article and at most three more words (no number among them) right before the figure,
     * in a sentence whose own source is already named ({@code own}, whose cue the elided verb repeats). Null otherwise.
     */
    private Attribution elidedSource(int quoteFrom, Attribution own) {
        int tok = quoteFrom;
        int last = tok - 1; // "the ministry at 60%", « la préfecture à 1 250 »: the mention ends before "at"
        if (Tokens.same(w(last), "at") || Tokens.same(w(last), "a")) {
            last--;
        }
        int first = last;
        while (first > last - 4 && first > 0 && (t.isWord(first - 1) || apostrophe(first - 1))
                && sentenceOf[first - 1] == sentenceOf[tok]) {
            first--;
        }
        int comma = first - 1;
        if (comma < 1 || !t.isSymbol(comma, ',') || sentenceOf[comma] != sentenceOf[tok]) {
            return null;
        }
        if (Tokens.same(w(first), "selon")) {
            first++; // « , selon les organisateurs plus de 20 000 »
        } else if (Tokens.same(w(first), "according") && Tokens.same(w(first + 1), "to")) {
            first += 2;
        }
        if (first > last) {
            return null;
        }
        for (int k = first; k <= last; k++) {
            if (t.isWord(k) && t.hasCue(k, Cues.TIME_UNIT | Cues.TIME_WORD | Cues.WHEN_WORD)) {
                return null; // « , l'an dernier 17 000 »: when, not who
            }
            if (k > first && t.isWord(k) && (finiteVerb(k) || Tokens.same(w(k), "a") || Tokens.same(w(k), "ont")
                    || !capitalised(k) && w(k).length() > 3 && w(k).endsWith("ed"))) {
                return null; // « Selon l'Insee, le taux a atteint 2,9 % », "..., the rate reached 2.9%": a clause
            }
        }
        String article = w(first);
        int noun = first + 1;
        if (Tokens.same(article, "l") && apostrophe(first + 1)) {
            noun = first + 2;
        } else if (!(Tokens.same(article, "la") || Tokens.same(article, "le") || Tokens.same(article, "les")
                || Tokens.same(article, "the"))) {
            return null;
        }
        if (noun > last || !t.isWord(noun) || t.hasClass(noun, Cues.NOT_SOURCE) || t.hasCue(noun, Cues.REPORT_NOUN)
                || own.start() >= t.start(first)) {
            return null; // « , le bilan 40 »: a figure's name, no source; or the sentence's source itself
        }
        return own.naming(t.start(first), t.end(last));
    }

    /**
     * A declaring verb starts at token v ("declared", "had declared", "reported", "claims", « a déclarés », « avait
     * annoncés », « déclare »): the token after it, or -1.
     */
    private int declaringVerbEnd(int v) {
        String x = w(v);
        if (Tokens.same(x, "had") || Tokens.same(x, "has") || Tokens.same(x, "have")) {
            v++;
            x = w(v);
        }
        if (Tokens.same(x, "declared") || Tokens.same(x, "declares") || Tokens.same(x, "declare")
                || Tokens.same(x, "claimed") || Tokens.same(x, "claims") || Tokens.same(x, "reported")
                || Tokens.same(x, "reports") || Tokens.same(x, "announced") || Tokens.same(x, "disclosed")
                || Tokens.same(x, "gave") || Tokens.same(x, "cited") || Tokens.same(x, "stated")) {
            return v + 1;
        }
        if (Tokens.same(x, "a") || Tokens.same(x, "avait") || Tokens.same(x, "ont") || Tokens.same(x, "avaient")) {
            v++; // « qu'il a déclarés »
            x = w(v);
        }
        if (v < t.size() && t.isWord(v) && (Tokens.same(x, "declare") || Tokens.same(x, "declares")
                || Tokens.same(x, "declaree") || Tokens.same(x, "declarees") || Tokens.same(x, "annonce")
                || Tokens.same(x, "annonces") || Tokens.same(x, "avance") || Tokens.same(x, "avances")
                || Tokens.same(x, "revendique") || Tokens.same(x, "revendiques") || Tokens.same(x, "affiche")
                || Tokens.same(x, "affiches"))) {
            return v + 1;
        }
        return -1;
    }

    /**
     * Token k opens a clause: "while", "whereas" inside the sentence, "tandis que", "alors que", and ", and" / ", et"
     * before a source and its reporting verb (", and the airports authority said 148 flights ...").
     */
    private int clauseOpener(int k, int first) {
        String x = w(k);
        if (Tokens.same(x, "and") || Tokens.same(x, "et")) {
            if (k > first && k + 1 < t.size() && (numAt[k + 1] > 0 || t.isWord(k + 1) && (Tokens.same(w(k + 1), "a")
                    || Tokens.same(w(k + 1), "at"))) && (passiveBefore(k) || citedAfter(k + 1))) {
                // "estimated at 12,000 by police and 40,000 by the organisers", « 1,27 million selon les autorités
                // et 2,8 millions selon l'intersyndicale »: each figure its own source
                return 1;
            }
            return k > first && t.isSymbol(k - 1, ',') && subjectThenVerb(k + 1) ? 1 : 0;
        }
        if (Tokens.same(x, "while") || Tokens.same(x, "whereas")) {
            String b = w(k - 1);
            return k > first && !Tokens.same(b, "a") && !Tokens.same(b, "the") && !Tokens.same(b, "worth") ? 1 : 0;
        }
        String y = w(k + 1);
        return k > first && (Tokens.same(y, "que") || Tokens.same(y, "qu") && apostrophe(k + 2))
                ? Tokens.same(y, "que") ? 2 : 3 : 0;
    }

    /**
     * A source and its reporting verb start at k: a name (an article or a capital letter), then a reporting verb within
     * ten words, before any number or comma ("the World Bank estimates that", "le ministère a indiqué").
     */
    private boolean subjectThenVerb(int k) {
        if (k >= t.size() || !t.isWord(k)) {
            return false;
        }
        String x = w(k);
        if (!(Tokens.same(x, "the") || Tokens.same(x, "le") || Tokens.same(x, "la") || Tokens.same(x, "les")
                || Tokens.same(x, "l") || Character.isUpperCase(text.charAt(t.start(k))))) {
            return false;
        }
        for (int v = k + 1; v < t.size() && v <= k + 10 && same(v, k); v++) {
            if (numAt[v] > 0 || t.isSymbol(v, ',')) {
                return false;
            }
            if (t.isWord(v) && (t.hasCue(v, Cues.EN_VERB) && enVerb(v, t.size())
                    || (Tokens.same(w(v), "a") || Tokens.same(w(v), "ont")) && v + 1 < t.size() && t.isWord(v + 1)
                    && t.hasCue(v + 1, Cues.FR_VERB) && !Tokens.same(w(v + 1), "fait"))) {
                return true;
            }
        }
        return false;
    }

    private void analyse(int s, int tok) {
        int first = tok;
        while (first > 0 && sentenceOf[first - 1] == s) {
            first--;
        }
        int[] starts = null;
        int count = 1;
        int end = first;
        for (; end < t.size() && sentenceOf[end] == s; end++) {
            if ((cues[end] & Cues.CLAUSE_WORD) != 0 && clauseOpener(end, first) > 0) {
                if (starts == null) {
                    starts = new int[] {first, 0, 0, 0};
                } else if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = end;
            }
        }
        if (starts == null) {
            bySentence[s] = pointedTo(scan(first, end), first);
            return;
        }
        starts = java.util.Arrays.copyOf(starts, count);
        Attribution[] own = new Attribution[count];
        byte[] reaches = new byte[count];
        for (int c = 0; c < count; c++) {
            int from = c == 0 ? first : starts[c] + clauseOpener(starts[c], first);
            citedAt = 0;
            own[c] = scan(from, c + 1 < count ? starts[c + 1] : end);
            boolean covers = citedAt == 1 || citedAt == 2 && c == count - 1;
            reaches[c] = own[c] == null ? 0 : reach == CITED && !covers ? OWN : reach;
            own[c] = pointedTo(own[c], first); // after reach and citedAt: it may scan the sentences before
        }
        if (split == null) {
            split = new java.util.HashMap<>();
        }
        split.put(s, new Clauses(starts, own, reaches));
    }

    /** Mentions that name a source only by pointing back: "It said", « Elle dit », « selon l'organisation ». */
    private static final Set<String> POINTERS = Set.of("it", "he", "she", "they", "il", "elle", "ils", "elles");
    /** Nouns that, after an article, point back to a source named before: "the group", « l'ONG ». */
    private static final Set<String> GENERIC_SOURCES = Set.of("organisation", "organization", "ong", "ngo", "group",
            "groupe", "association", "charity", "agency", "agence", "company", "entreprise", "firm", "societe",
            "union", "syndicat", "institute", "institut");
    /** Capitalised words that open a sentence without naming anyone ("After", « Depuis »). */
    private static final Set<String> OPENERS = Set.of("after", "before", "since", "when", "while", "as", "with",
            "without", "despite", "during", "however", "meanwhile", "also", "but", "and", "apres", "avant", "depuis",
            "lors", "pour", "par", "sur", "sous", "malgre", "pendant", "mais", "et", "cependant", "aussi", "ainsi");

    /**
     * The attribution with the source that a pointing mention stands for ("Amnesty International denounced ... . It
     * said", « L'organisation Pro Natura conteste ces chiffres. Elle dit ... », « Pro Natura a dénoncé ... Selon
     * l'organisation, ... »): the name that opens the sentence before (or the one before it, within the paragraph),
     * else that sentence's own source. Left as written when neither is found: a wrong source would be worse.
     */
    private Attribution pointedTo(Attribution a, int first) {
        if (a == null || a.end() - a.start() > 17 || !mayPointBack(a) || !pointsBack(a, first)) {
            return a; // the longest pointing mention is "the organization"
        }
        int end = first;
        for (int back = 0; back < 2 && end > 0; back++) {
            if (blankLineBefore(end)) {
                break;
            }
            int p = sentenceOf[end - 1];
            int pFirst = end - 1;
            while (pFirst > 0 && sentenceOf[pFirst - 1] == p) {
                pFirst--;
            }
            int[] name = leadingName(pFirst, end);
            if (name != null) {
                return a.naming(t.start(name[0]), t.end(name[1] - 1));
            }
            Attribution before = attribution(pFirst);
            if (before != null && (before.end() - before.start() > 17 || !pointsBack(before, pFirst))) {
                return a.naming(before.start(), before.end());
            }
            end = pFirst;
        }
        return a;
    }

    /**
     * A cheap test on the mention's first letter before {@link #pointsBack} reads its tokens: every pointing mention
     * starts with i, e, h, s, t or l ("it", « elle », "he", "she", "they", "the", « le », « la », « l' »).
     */
    private boolean mayPointBack(Attribution a) {
        char c = Character.toLowerCase(text.charAt(a.start()));
        return c == 'i' || c == 'e' || c == 'h' || c == 's' || c == 't' || c == 'l';
    }

    /** The mention of {@code a}, in the sentence starting at token {@code first}, is a pronoun or "the" + a generic noun. */
    private boolean pointsBack(Attribution a, int first) {
        int m = tokenAt(a.start(), first);
        if (m < 0) {
            return false;
        }
        if (t.end(m) == a.end()) {
            return t.isWord(m) && POINTERS.contains(w(m));
        }
        int k = m;
        if (!(Tokens.same(w(k), "the") || Tokens.same(w(k), "le") || Tokens.same(w(k), "la") || Tokens.same(w(k), "l"))) {
            return false;
        }
        k++;
        if (apostrophe(k)) {
            k++;
        }
        return k < t.size() && t.end(k) == a.end() && t.isWord(k) && GENERIC_SOURCES.contains(w(k));
    }

    /** A blank line stands between token {@code k - 1} and token k: a new paragraph. */
    private boolean blankLineBefore(int k) {
        int lines = 0;
        for (int i = t.end(k - 1); i < t.start(k); i++) {
            if (text.charAt(i) == '\n' && ++lines == 2) {
                return true;
            }
        }
        return false;
    }

    boolean capitalised(int k) {
        return t.isWord(k) && Character.isUpperCase(text.charAt(t.start(k)));
    }

    boolean nameJoiner(int k) {
        String x = w(k);
        return t.isWord(k) && (Tokens.same(x, "of") || Tokens.same(x, "for") || Tokens.same(x, "the")
                || Tokens.same(x, "de") || Tokens.same(x, "du") || Tokens.same(x, "des") || Tokens.same(x, "la")
                || Tokens.same(x, "l") || Tokens.same(x, "d"));
    }

    /**
     * The name that opens the sentence {@code [first, end)} as its subject, tokens {@code {from, to}}: "Amnesty
     * International", "The World Bank" (its article kept), « Pro Natura » in « L'organisation Pro Natura », "NLC"; or
     * null. A lone capitalised word opening the sentence is a name only as an acronym ("Heavy rains ...", « Selon »).
     */
    private int[] leadingName(int first, int end) {
        int k = first;
        boolean article = false;
        if (k < end && (Tokens.same(w(k), "the") || Tokens.same(w(k), "le") || Tokens.same(w(k), "la")
                || Tokens.same(w(k), "les") || Tokens.same(w(k), "l"))) {
            k++;
            if (apostrophe(k)) {
                k++;
            }
            article = true;
        }
        boolean generic = false;
        if (article && k < end && t.isWord(k) && !capitalised(k) && GENERIC_SOURCES.contains(w(k))) {
            k++;
            generic = true;
        }
        int s = k;
        while (k < end) {
            if (capitalised(k)) {
                k++;
                continue;
            }
            // "Save the Children", "Ministry of the Interior", « Ministère de l'Intérieur »: small words inside a name
            int j = k;
            while (j < end && j < k + 3 && k > s && (apostrophe(j) || nameJoiner(j))) {
                j++;
            }
            if (j == k || j >= end || !capitalised(j)) {
                break;
            }
            k = j;
        }
        if (k == s) {
            return null;
        }
        boolean acronym = t.end(s) - t.start(s) >= 2 && text.substring(t.start(s), t.end(s)).chars()
                .allMatch(Character::isUpperCase);
        if (s == first && k - s == 1 && !acronym) {
            return null;
        }
        if (!article && (t.hasCue(s, Cues.SUBJECT_STOP | Cues.ATTRIBUTION_WORD | Cues.TIME_WORD | Cues.STARTS_NUMBER_EN
                | Cues.STARTS_NUMBER_FR | Cues.PERIOD_STARTER) || t.hasClass(s, Cues.NOT_SOURCE)
                || OPENERS.contains(w(s)))) {
            return null;
        }
        return new int[] {article && !generic ? first : s, k};
    }

    /**
     * The attribution of the words {@code [from, to)}: cited sources ("selon", "according to", "citing", "chiffre
     * avancé par") win over reporting verbs ("said", "a précisé", "put the number at", "a fait état de").
     */
    private Attribution scan(int from, int to) {
        Attribution reporter = null;
        byte reporterReach = OWN;
        for (int k = from; k < to; k++) {
            if ((cues[k] & (Cues.ATTRIBUTION_WORD | Cues.EN_VERB | Cues.FR_VERB)) == 0) {
                continue; // every test below starts with one of these words
            }
            String x = w(k);
            Attribution found = null;
            if (Tokens.same(x, "selon") || Tokens.same(x, "citing")) {
                found = after(k, k + 1, k + 1, to);
            } else if (Tokens.same(x, "d") && Tokens.same(w(k + 2), "apres") && t.isSymbol(k + 1)) {
                found = after(k, k + 3, k + 3, to);
            } else if (Tokens.same(x, "according") && Tokens.same(w(k + 1), "to")) {
                found = after(k, k + 2, k + 2, to);
            } else if ((Tokens.same(x, "by") || Tokens.same(x, "par")) && handedBy(k, from)) {
                found = after(k - 1, k + 1, k + 1, to); // "chiffre avancé par", "figures released by"
            } else if ((Tokens.same(x, "by") || Tokens.same(x, "par")) && passiveBy(k)) {
                found = after(k, k + 1, k + 1, to); // « est estimé à 40 millions d'euros par la chambre »
            }
            if (found != null) {
                // "Selon l'Unicef, A, alors que B" covers both clauses; "A, selon X, tandis que B" only A
                citedAt = k == from ? 1 : k > from && t.isSymbol(k - 1, ',') ? 2 : 0;
                reach = CITED;
                return found;
            }
            if (reporter != null) {
                continue;
            }
            boolean comma = k > from && t.isSymbol(k - 1, ',');
            if ((Tokens.same(x, "a") || Tokens.same(x, "ont")) && k + 1 < to && t.isWord(k + 1)
                    && t.hasCue(k + 1, Cues.FR_VERB)) { // Cues.FR_VERB_CUES
                int cueTo = k + 2;
                if (Tokens.same(w(k + 1), "fait")) {
                    if (!Tokens.same(w(k + 2), "etat")) {
                        continue; // "a fait 30 morts": no source
                    }
                    cueTo = k + 3; // "a fait état de"
                }
                boolean inverted = k > from && boundary(k - 1) && !t.isSymbol(k - 1, ')') // not "(OIM) a fait état"
                        && !(t.isSymbol(k - 1, ',') && appositionOpening(k - 1, from) >= 0); // "X, une ONG, a indiqué"
                reporter = inverted ? after(k, cueTo, cueTo, to) : before(k, cueTo, from, reporter);
                reporterReach = inverted ? WIDE : OWN;
            } else if (comma && t.hasCue(k, Cues.FR_VERB) && !Tokens.same(x, "fait") && !Tokens.same(x, "chiffre")
                    && namesAfter(k + 1, to)) {
                reporter = after(k, k + 1, k + 1, to); // "..., indique l'INGD", not the participle of ", évalué à 50"
                reporterReach = WIDE;
            } else if (t.hasCue(k, Cues.FR_VERB) && !Tokens.same(x, "fait") && (Tokens.same(w(k + 1), "que")
                    || Tokens.same(w(k + 1), "qu") && apostrophe(k + 2) || Tokens.same(w(k + 1), "avoir"))) {
                reporter = before(k, k + 1, from, reporter); // "L'OMS indique que", "l'armée affirme avoir"
                reporterReach = OWN;
            } else if (t.hasCue(k, Cues.FR_VERB) && !comma && presentBeforeFigure(k, to)) {
                Attribution subject = before(k, k + 1, from); // « Le syndicat SUD-SDIS évoque près de 1 500 pompiers »
                if (subject != null && names(subject)) {
                    reporter = subject;
                    reporterReach = OWN;
                }
            } else if (t.hasCue(k, Cues.EN_VERB) && enVerb(k, to)) { // Cues.EN_VERB_CUES
                reporter = before(k, k + 1, from, reporter);
                reporterReach = OWN;
                if (reporter == null && comma && Cues.EN_INVERTED_VERBS.contains(x)) {
                    reporter = after(k, k + 1, k + 1, to); // "..., said the ministry"
                    reporterReach = WIDE;
                } else if (reporter != null && beforeAfterComma) {
                    reporterReach = WIDE; // "..., the ministry said"
                }
            }
        }
        reach = reporterReach;
        return reporter;
    }

    /**
     * A French reporting verb in the present with a figure as its object (third walk, H1): « Le syndicat SUD-SDIS
     * évoque « près de 1 500 pompiers » », « La chambre d'agriculture chiffre les pertes à plus de 40 millions
     * d'euros », « Le ministère recense 36 maisons détruites ». Not a participle (« estimé à 300 », « le chiffre
     * avancé »: an accented ending), not a noun after a determiner (« le chiffre de 300 »), and a number follows
     * within eight words, before any comma.
     */
    private boolean presentBeforeFigure(int k, int to) {
        boolean figure = false; // most reporting verbs have no number right after them: tested first
        for (int e = k + 1; e < to && e <= k + 8 && !t.isSymbol(e, ','); e++) {
            if (numAt[e] > 0) {
                figure = true;
                break;
            }
        }
        if (!figure || Tokens.same(w(k), "fait") || text.charAt(t.end(k) - 1) != 'e' || k == 0 || !t.isWord(k - 1)) {
            return false;
        }
        String b = w(k - 1);
        if (Tokens.same(b, "le") || Tokens.same(b, "la") || Tokens.same(b, "les") || Tokens.same(b, "l")
                || Tokens.same(b, "un") || Tokens.same(b, "une") || Tokens.same(b, "ce") || Tokens.same(b, "ces")
                || Tokens.same(b, "son") || Tokens.same(b, "sa") || Tokens.same(b, "leur") || Tokens.same(b, "du")
                || Tokens.same(b, "des") || Tokens.same(b, "de") || Tokens.same(b, "d") || Tokens.same(b, "se")
                || Tokens.same(b, "ne") || Tokens.same(b, "n") || Tokens.same(b, "qui") || Tokens.same(b, "a")
                || Tokens.same(b, "an") || Tokens.same(b, "the") || Tokens.same(b, "this") || Tokens.same(b, "its")) {
            return false;
        }
        return true;
    }

    /** A mention that names someone: it starts with an article or a capital letter. */
    private boolean names(Attribution mention) {
        String m = mention.mention();
        if (m.isEmpty()) {
            return false;
        }
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        return Character.isUpperCase(m.charAt(0)) || lower.startsWith("le ") || lower.startsWith("la ")
                || lower.startsWith("les ") || lower.startsWith("l'") || lower.startsWith("l’");
    }

    /** A name starts at k, after any time words: an article ("le", "l'", "un") or a capital letter. */
    private boolean namesAfter(int k, int to) {
        int n = whenWords(k, to);
        if (n >= to || !t.isWord(n)) {
            return false;
        }
        String x = w(n);
        return Tokens.same(x, "le") || Tokens.same(x, "la") || Tokens.same(x, "les") || Tokens.same(x, "l")
                || Tokens.same(x, "un") || Tokens.same(x, "une") || Character.isUpperCase(text.charAt(t.start(n)));
    }

    /**
     * "put"/"puts" only as "put the number (of displaced) at", "put compliance at over 95%" (a number follows "at", not
     * "put them at risk"), "report" only as a verb ("teams report that").
     */
    private boolean enVerb(int k, int to) {
        String x = w(k);
        if (Tokens.same(x, "put") || Tokens.same(x, "puts")) {
            for (int e = k + 1; e < to && e < k + 8 && !t.isSymbol(e, ','); e++) {
                if (Tokens.same(w(e), "at")) {
                    for (int n = e + 1; n < to && n <= e + 4; n++) {
                        if (numAt[n] > 0) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            return false;
        }
        if (Tokens.same(x, "report")) {
            return Tokens.same(w(k + 1), "that");
        }
        return true;
    }

    /**
     * "par" / "by" after a figure set in the passive (third walk, H1's rest): « Le coût est estimé à au moins 40
     * millions d'euros par la chambre d'agriculture », "Spending was put at $48 million by the watchdog". The figure
     * is the nearest number before it, within eight tokens and no comma, and "à" / "at" after an estimating participle
     * comes at most five tokens before that number (« estimé à au moins », "put at about $").
     */
    private boolean passiveBy(int k) {
        if (k + 1 >= t.size() || timeAfterBy(k + 1) || k + 2 < t.size() && t.hasClass(k + 1, Cues.DETERMINER)
                && timeAfterBy(k + 2)) {
            return false; // "estimated at 5% by the end of the year", "by March"
        }
        if (Tokens.same(w(k), "par") && !(t.isWord(k + 1) && (t.hasClass(k + 1, Cues.DETERMINER)
                || Tokens.same(w(k + 1), "l") || Tokens.same(w(k + 1), "un") || Tokens.same(w(k + 1), "une")
                || Character.isUpperCase(text.charAt(t.start(k + 1)))))) {
            return false; // « estimé à environ 98 $ par action »: "per", not "by"
        }
        int s = sentenceOf[k]; // the passive may open before the clause: « ... et à 40 000 par les syndicats »
        for (int e = k - 1; e >= 0 && e >= k - 8 && sentenceOf[e] == s; e--) {
            if (t.isSymbol(e, ',') || t.isSymbol(e, ';')) {
                return false;
            }
            if (numAt[e] > 0) {
                for (int p = e - 1; p > 0 && p >= e - 5 && sentenceOf[p - 1] == s; p--) {
                    if (!t.isWord(p)) {
                        continue;
                    }
                    if ((Tokens.same(w(p), "a") || Tokens.same(w(p), "at")) && t.isWord(p - 1)
                            && (t.hasClass(p - 1, Cues.ESTIMATED) || conjunction(p - 1) && passiveBefore(p - 1))) {
                        return true; // « estimé à 12 000 », « ... et à 40 000 par les syndicats »
                    }
                    if (conjunction(p) && p == e - 1 && passiveBefore(p)) {
                        return true; // "estimated at 12,000 by police and 40,000 by the organisers"
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A passive "par" / "by" of its own within the six tokens before the conjunction at {@code and}. */
    private boolean passiveBefore(int and) {
        for (int b = and - 1; b > 0 && b >= and - 6 && sentenceOf[b] == sentenceOf[and]; b--) {
            if (t.isWord(b) && (Tokens.same(w(b), "by") || Tokens.same(w(b), "par"))) {
                return passiveBy(b);
            }
        }
        return false;
    }

    /** "selon" / "according to" within the eight tokens from {@code k}, before any comma: a figure cited on its own. */
    private boolean citedAfter(int k) {
        for (int e = k; e < t.size() && e <= k + 8 && sentenceOf[e] == sentenceOf[k] && !t.isSymbol(e, ','); e++) {
            if (t.isWord(e) && (Tokens.same(w(e), "selon") || Tokens.same(w(e), "according")
                    && Tokens.same(w(e + 1), "to"))) {
                return true;
            }
        }
        return false;
    }

    private boolean conjunction(int k) {
        return t.isWord(k) && (Tokens.same(w(k), "and") || Tokens.same(w(k), "et"));
    }

    /** Token k says when, not who: "the end", « la fin », a month, a weekday, a year. */
    private boolean timeAfterBy(int k) {
        if (numAt[k] > 0 || t.isNumeral(k)) {
            return true;
        }
        if (!t.isWord(k)) {
            return false;
        }
        String x = w(k);
        return t.hasClass(k, Cues.MONTH_NORM | Cues.WEEKDAY) || Tokens.same(x, "end") || Tokens.same(x, "fin")
                || Tokens.same(x, "start") || Tokens.same(x, "debut") || Tokens.same(x, "mid")
                || Tokens.same(x, "middle") || Tokens.same(x, "milieu") || Tokens.same(x, "beginning")
                || Tokens.same(x, "close") || Tokens.same(x, "then");
    }

    /** "par"/"by" after a participle that hands a report's number on: "le chiffre avancé par", "figures released by". */
    private boolean handedBy(int k, int from) {
        if (k - 2 < from || !t.isWord(k - 1) || !t.hasCue(k - 1, Cues.HANDED)) {
            return false;
        }
        return t.isWord(k - 2) && t.hasCue(k - 2, Cues.REPORT_NOUN)
                || k - 3 >= from && t.isWord(k - 3) && t.hasCue(k - 3, Cues.REPORT_NOUN);
    }
}
