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
    /** Token index → sentence index. */
    private final int[] sentenceOf;
    private final Context ctx;

    FigureReader(NumberRecognizer.Analysis a, SentenceBounds sentences) {
        this.a = a;
        this.t = a.toks();
        this.text = a.text();
        this.fr = a.french();
        int size = t.size();
        int count = sentences.size();
        this.sentenceOf = t.sentenceOfArray(); // every entry below size is set here, or was as the tokens were added
        if (!t.numberedBy(sentences)) {
            int s = 0;
            int end = count == 0 ? 0 : sentences.end(0); // end of sentence s
            for (int i = 0; i < size; i++) {
                int start = t.start(i);
                while (s + 1 < count && start >= end) {
                    s++;
                    end = sentences.end(s);
                }
                sentenceOf[i] = s;
            }
        }
        this.ctx = new Context(a, sentences, sentenceOf);
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.norm(i) : ""; // norms are already accent-stripped (Lexer)
    }

    /** The {@link Cues#classesOf classes} of token i's norm; none outside the tokens (as the norm "" of {@link #w}). */
    private int cls(int i) {
        return i >= 0 && i < t.size() ? t.classes(i) : 0;
    }

    /**
     * {@code Cues.MONTHS.contains(w(i))} for words: a bit test.
     */
    private boolean month(int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        return t.isWord(i) && t.hasCue(i, Cues.MONTH); // not a decimal numeral, whose norm is "dec"
    }

    private boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < t.size() && j < t.size() && sentenceOf[i] == sentenceOf[j];
    }

    private record Candidate(int from, int to, int quoteFrom, int quoteTo, Qualifier q, BigDecimal low,
                             BigDecimal high, String unit, int nounFrom) {
    }

    /**
     * Adds to {@code into}, in text order, the figures of the analysed text that start in
     * {@code [from, to)} (the core of a chunk: the rest of the text was read as their context).
     */
    void read(int from, int to, List<ExtractedFigure> into) {
        List<NumberParser.Num> nums = a.nums();
        List<Candidate> cands = new ArrayList<>(nums.size() + 16); // at most one per number, and a few shares and vague amounts
        List<Span> periods = ctx.periods();
        List<Candidate> shares = shares();
        cands.addAll(shares);
        int shareCursor = 0;
        int consumed = -1;
        int periodCursor = 0; // numbers and periods are both in text order
        for (int k = 0; k < nums.size(); k++) {
            NumberParser.Num n = nums.get(k);
            if (n.from() <= consumed) {
                continue;
            }
            while (shareCursor < shares.size() && shares.get(shareCursor).to() <= n.from()) {
                shareCursor++;
            }
            if (shareCursor < shares.size() && shares.get(shareCursor).from() < n.to()) {
                continue; // "trois quarts des habitants": read as a share
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
            if (n.to() - n.from() == 1 && t.isWord(n.from()) && t.hasCue(n.from(), Cues.VAGUE_WORD)) {
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
        KindReader kr = new KindReader(a, sentenceOf);
        int lastEnd = -1;
        long lastSubject = -1; // the previous figure's, in sentence lastSentence, of kind lastKind
        int lastSentence = -1;
        QuantityKind lastKind = null;
        for (Candidate c : cands) {
            int s = t.start(c.quoteFrom());
            int e = t.end(c.quoteTo() - 1);
            if (s < lastEnd) {
                continue;
            }
            lastEnd = e;
            if (s < from || s >= to) {
                continue; // in the margin of the chunk: another chunk's figure
            }
            QuantityKind kind = kr.kind(c.from(), c.nounFrom(), c.unit());
            long subject = kr.subject(c.nounFrom());
            if (subject < 0 && lastSubject >= 0 && kind == lastKind && lastSentence == sentenceOf[c.from()]
                    && listedAfterAName(c.quoteFrom())) {
                subject = lastSubject; // "ADN 67 of the 151 seats in the Assembly and RC 61": RC's 61 seats
            }
            lastSubject = subject;
            lastSentence = sentenceOf[c.from()];
            lastKind = kind;
            into.add(new ExtractedFigure(text, s, e, c.q(), c.low(), c.high(),
                    FigureExtractor.point(c.q(), c.low(), c.high()), c.unit(), kind,
                    subject < 0 ? -1 : (int) subject, (int) (subject >>> 32),
                    ctx.periodFor(c.from(), periods), ctx.attribution(c.from(), c.quoteFrom(), c.quoteTo()), ambiguous(c),
                    wholeOfAPart(c.quoteFrom()), holder(c, kind)));
        }
    }

    /** True when a numeral of the figure has a decimal mark its words could not decide ({@link Cues#AMBIGUOUS_NUMBER}). */
    private boolean ambiguous(Candidate c) {
        for (int i = c.from(); i < c.to() && i < t.size(); i++) {
            if ((t.cues(i) & (Cues.NUMERAL_TOKEN | Cues.AMBIGUOUS_NUMBER)) == (Cues.NUMERAL_TOKEN | Cues.AMBIGUOUS_NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /** Filters what is not a figure: the number one as a word, years, dates, times, identifiers. */
    private boolean isFigure(NumberParser.Num n) {
        return isFigure(n, false);
    }

    /** @param rangeEnd the second number of a dash range ("15-20"): the dash glued before it is no identifier */
    private boolean isFigure(NumberParser.Num n, boolean rangeEnd) {
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
        if (month(n.from() - 1) || n.from() >= 2 && t.isSymbol(n.from() - 1, '.') && month(n.from() - 2)) {
            return t.isNumeral(first) && n.value().intValue() > 31; // December 11
        }
        // "12 and 25 December", "1 to 29 December"
        String c = w(n.to());
        if ((Tokens.same(c, "and") || Tokens.same(c, "to") || Tokens.same(c, "et") || Tokens.same(c, "a") || Tokens.same(c, "au")
                || t.isSymbol(Math.min(n.to(), t.size() - 1), '-')) && n.to() + 2 < t.size()
                && t.isNumeral(n.to() + 1) && (cls(n.to() + 2) & Cues.MONTH_NORM) != 0) {
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
        if (!rangeEnd && n.from() > 1 && t.isSymbol(n.from() - 1, '-') && t.end(n.from() - 2) == t.start(n.from() - 1)
                && !t.isSymbol(n.from() - 2, ' ')) {
            return false; // SCP-173, 222-2222
        }
        String before = w(n.from() - 1);
        String before2 = w(n.from() - 2);
        if (t.isNumeral(first) && (Tokens.same(before, "no") || Tokens.same(before, "nr") || Tokens.same(before, "numero")
                || Tokens.same(before, "n") && !Money.nairaSign(t, text, n.from() - 1) || Tokens.same(before, "number") || Tokens.same(before, "°")
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
                && Units.at(t, n.to(), text) == null
                && Money.after(t, text, n.to(), Money.before(t, text, first) != null) == null) {
            return false; // 2e, 3rd, 1er, 10h30, A4 (but 4m people, $2.3bn)
        }
        if (n.from() > 0 && t.isWord(n.from() - 1) && t.end(n.from() - 1) == t.start(first)
                && !Money.gluedCode(t, text, n.from() - 1)) {
            return false; // G20, MH17 (but USD10m)
        }
        if (n.to() - n.from() == 2 && t.isNumeral(first) && t.isWord(last) && t.end(first) == t.start(last)
                && text.charAt(t.start(last)) == 'G' && t.end(last) - t.start(last) == 1) {
            return false; // 5G, 4G: network generations, not giga
        }
        return !age(n) && !clockTime(n) && !identifier(n) && !scaleReading(n);
    }

    /**
     * A reading on an earthquake's scale, not a quantity: "séisme de magnitude 6,8", "a magnitude of 7.1",
     * "6.8 on the Richter scale", "6,8 sur l'échelle de Richter".
     */
    private boolean scaleReading(NumberParser.Num n) {
        String before = w(n.from() - 1);
        if (Tokens.same(before, "magnitude") || (Tokens.same(before, "de") || Tokens.same(before, "of"))
                && Tokens.same(w(n.from() - 2), "magnitude")) {
            return true;
        }
        for (int k = n.to(); k < Math.min(n.to() + 8, t.size()) && sameSentence(n.from(), k); k++) {
            if (Tokens.same(w(k), "richter")) {
                return true;
            }
        }
        return false;
    }

    /** "a 10-year-old boy", "10 years old", "aged 10", "âgé de 10 ans", "un garçon de 10 ans". */
    private boolean age(NumberParser.Num n) {
        int k = n.to();
        if (t.isSymbol(Math.min(k, t.size() - 1), '-')) {
            k++;
        }
        String unit = w(k);
        if (Tokens.same(unit, "year") || Tokens.same(unit, "years") || Tokens.same(unit, "month")
                || Tokens.same(unit, "months") || Tokens.same(unit, "week") || Tokens.same(unit, "weeks")
                || Tokens.same(unit, "day") || Tokens.same(unit, "days")) {
            int o = k + 1;
            if (o < t.size() && t.isSymbol(o, '-')) {
                o++;
            }
            if (Tokens.same(w(o), "old") || Tokens.same(w(o), "olds")) {
                return true;
            }
        }
        int b = n.from() - 1;
        String before = w(b);
        if (ageLead(b)) {
            return true; // "aged 18", "age 12", "aged between 16 and 18", "a woman of about 80", « une femme d'environ 80 ans »
        }
        String after = w(n.to());
        boolean years = Tokens.same(after, "ans") || Tokens.same(after, "mois");
        if (Tokens.same(before, "de") && years) {
            String who = w(n.from() - 2);
            return Cues.AGE_HOLDERS.contains(who);
        }
        // the second end of an age range: "aged 18 to 64", "aged 50-64", "aged between 16 and 18", « âgés de 18 à 64 ans »
        if ((Tokens.same(before, "to") || Tokens.same(before, "and") || Tokens.same(before, "a") || Tokens.same(before, "et")
                || t.isSymbol(Math.max(b, 0), '-')) && b >= 1 && t.isNumeral(b - 1)) {
            return ageLead(b - 2) || years && Tokens.same(w(b - 2), "de") && Cues.AGE_HOLDERS.contains(w(b - 3));
        }
        // the first end of « âgés de 18 à 64 ans »
        if (Tokens.same(before, "de") && (Tokens.same(after, "a") || Tokens.same(after, "et")) && t.isNumeral(n.to() + 1)
                && (Tokens.same(w(n.to() + 2), "ans") || Tokens.same(w(n.to() + 2), "mois"))) {
            return Cues.AGE_HOLDERS.contains(w(n.from() - 2));
        }
        return false;
    }

    /**
     * An age is stated from token k on (k is the word right before the number): "aged", "age", "aged between", "aged
     * over", "a woman of about", « une femme d'environ », « un homme de près de » (the French ones before « ans » or
     * « mois », checked by the caller for « de »; here with a qualifier between).
     */
    private boolean ageLead(int k) {
        if (k < 0 || k >= t.size() || !t.isWord(k)) {
            return false;
        }
        String x = w(k);
        if (Tokens.same(x, "aged") || Tokens.same(x, "age") || Tokens.same(x, "ages") && !fr) {
            return true;
        }
        if (Tokens.same(x, "of") && !fr) {
            return Cues.AGE_HOLDERS_EN.contains(w(k - 1)); // "a man of 65"
        }
        boolean qualifier = Tokens.same(x, "between") || Tokens.same(x, "over") || Tokens.same(x, "under")
                || Tokens.same(x, "about") || Tokens.same(x, "around") || Tokens.same(x, "nearly");
        if (qualifier) {
            String y = w(k - 1);
            if (Tokens.same(y, "aged") || Tokens.same(y, "ages")) {
                return true; // "aged between 16 and 18", "aged over 65"
            }
            return Tokens.same(y, "of") && Cues.AGE_HOLDERS_EN.contains(w(k - 2)); // "a woman of about 80"
        }
        int d = k; // « d'environ 80 ans », « de près de 70 ans », « de plus de 65 ans »
        if (Tokens.same(x, "environ") || Tokens.same(x, "quelque")) {
            d = k - 1;
        } else if (Tokens.same(x, "de") && (Tokens.same(w(k - 1), "pres") || Tokens.same(w(k - 1), "plus")
                || Tokens.same(w(k - 1), "moins"))) {
            d = k - 2;
        } else {
            return false;
        }
        int who = Tokens.same(w(d), "de") ? d - 1
                : d >= 1 && (t.isSymbol(d, '\'') || t.isSymbol(d, '’')) && Tokens.same(w(d - 1), "d") ? d - 2 : -1;
        return who >= 0 && Cues.AGE_HOLDERS.contains(w(who))
                && (Tokens.same(w(k + 2), "ans") || Tokens.same(w(k + 2), "mois"));
    }

    /** "11 a.m.", "9 pm", "21 h 30" (both numbers), "à 15 heures", "5 o'clock". */
    private boolean clockTime(NumberParser.Num n) {
        int k = n.to();
        String after = w(k);
        if ((Tokens.same(after, "a") || Tokens.same(after, "p")) && k + 2 < t.size() && t.isSymbol(k + 1, '.')
                && Tokens.same(w(k + 2), "m")) {
            return true;
        }
        if (Tokens.same(after, "o") && k + 2 < t.size() && Tokens.same(w(k + 2), "clock")) {
            return true;
        }
        if (Tokens.same(after, "h") && k + 1 < t.size() && t.isNumeral(k + 1)) {
            return true; // 21 h 30
        }
        int b = n.from() - 1;
        if (b >= 1 && Tokens.same(w(b), "h") && t.isNumeral(b - 1)) {
            return true; // the 30 of 21 h 30
        }
        String before = w(b);
        return (Tokens.same(after, "h") || Tokens.same(after, "heures") || Tokens.same(after, "heure"))
                && (Tokens.same(before, "a") || Tokens.same(before, "vers") || Tokens.same(before, "des")
                || Tokens.same(before, "jusqu"));
    }

    /**
     * Numbers that name rather than count: "Article 5", "Resolution 2254", "page 12", "p. 12", and
     * a plain numeral right after a capitalised word inside a sentence ("iPhone 14", "Boeing 737",
     * "S&P 500", "Windows 10") unless a unit or a counted noun follows it.
     */
    private boolean identifier(NumberParser.Num n) {
        int first = n.from();
        if (!t.isNumeral(first) || n.to() - first != 1) {
            return false;
        }
        int b = first - 1;
        if (b >= 1 && t.isSymbol(b, '.') && t.isWord(b - 1) && t.end(b - 1) == t.start(b)
                && t.hasClass(b - 1, Cues.IDENTIFIER_ABBREVIATION)) {
            return true; // p. 12, art. 5, vol. 3
        }
        if (b < 0 || !t.isWord(b) || !sameSentence(b, first)) {
            return false;
        }
        if (t.hasClass(b, Cues.IDENTIFIER_WORD)) {
            return true;
        }
        boolean capital = false; // tested first: most words before a number have no capital, "iPhone" has
        for (int i = t.start(b); i < t.end(b) && !capital; i++) {
            capital = Character.isUpperCase(text.charAt(i));
        }
        if (!capital) {
            return false;
        }
        for (int i = t.start(first); i < t.end(first); i++) {
            if (!Lexer.isDigit(text.charAt(i))) {
                return false; // 1,200 or 3.5: a quantity
            }
        }
        // b is a word: its cardinal cue bit says whether Lexicon.cardinal knows it
        if (sentenceStart(b) || t.hasCue(b, Cues.QUALIFIER_END | Cues.MONTH | Cues.TIME_WORD)
                || Money.gluedCode(t, text, b) || t.hasCue(b, fr ? Cues.CARDINAL_FR : Cues.CARDINAL_EN)) {
            return false;
        }
        if (Units.at(t, n.to(), text) != null || countedNounAfter(n.to()) || Money.after(t, text, n.to(), false) != null) {
            return false; // "RC 62 seats"
        }
        int name = nameStart(b);
        if (!ctx.acronym(b) && !afterAnArticle(name)) {
            return true; // "Boeing 737", "Windows 11" (but "the Conservatives 121", « les Verts 23 » below)
        }
        if (partOfAWholeAfter(n.to())) {
            return false; // "give ADN 67 of the 151 seats", « l'ADN 67 des 151 sièges »: a party's share, no name
        }
        // "... ADN 67 of the 151 seats in the National Assembly and RC 61.", "Labour won 412 seats, the Conservatives
        // 121.": the list's next item, read as its first
        return !(listedBefore(name) && itemEndsAt(n.to()) && countedEarlier(name));
    }

    /**
     * The number quoted from token q is a list's next item after a name that holds it, its counted noun left out: "and
     * RC 61", ", the DA 87", « et le PLR 28 » (the noun is the item's before).
     */
    private boolean listedAfterAName(int q) {
        int b = q - 1;
        if (b < 1 || !t.isWord(b) || !sameSentence(b, q)) {
            return false;
        }
        int name = nameStart(b);
        return (ctx.acronym(b) || ctx.capitalised(b) && afterAnArticle(name)) && listedBefore(name);
    }

    /** The first of up to three capitalised words ending at token b: "Democrats" of "the Liberal Democrats 72". */
    private int nameStart(int b) {
        int k = b;
        while (k - 1 >= 0 && b - k < 2 && sameSentence(k - 1, b) && ctx.capitalised(k - 1)) {
            k--;
        }
        return k;
    }

    /** Token b follows an article: "the Conservatives", « les Verts », « le Centre », « l'Union ». */
    private boolean afterAnArticle(int b) {
        String x = w(b - 1);
        return b >= 1 && sameSentence(b - 1, b) && (Tokens.same(x, "the") || Tokens.same(x, "les")
                || Tokens.same(x, "le") || Tokens.same(x, "la") || ctx.apostrophe(b - 1) && Tokens.same(w(b - 2), "l"));
    }

    /**
     * Who holds what candidate c counts, as written, or null: the subject of a verb of winning or
     * holding right before it ("RC won at least 64 seats", « Le PS a obtenu 9 sièges », "Revolucion Ciudadana (RC)
     * claimed 64", "Russia holds 18%"), or a name right before it, as results are listed ("give ADN 67 of the 151
     * seats", "and RC 61", « et le PLR 28 ») or as a possessive ("RC's 61 seats"), else a name after it
     * ({@link #holderAfter}). Two parties' seats are two counts: the evidence ranker does not let one support the
     * other. Not read for a toll or a length: whom a toll counts is its subject, and "Gaza 300 dead" names a place, not
     * a holder.
     */
    private Span holder(Candidate c, QuantityKind kind) {
        if (kind == QuantityKind.DEATHS || kind == QuantityKind.INJURED || kind == QuantityKind.DISPLACED
                || kind == QuantityKind.AFFECTED || kind == QuantityKind.DURATION || kind == QuantityKind.DISTANCE) {
            return null;
        }
        int q = c.quoteFrom();
        int b = q - 1;
        if (b < 0 || !sameSentence(b, q)) {
            return holderAfter(c, kind);
        }
        int e;
        if (t.isWord(b) && t.hasClass(b, Cues.HOLDING)) {
            e = b - 1;
            while (e >= 0 && sameSentence(e, b) && t.isWord(e) && auxiliary(e)) {
                e--; // "has won", « a obtenu », "would win"
            }
        } else if (kind != QuantityKind.PEOPLE && (ctx.capitalised(b) || t.isSymbol(b, ')'))) {
            e = b;
        } else if (b >= 2 && Tokens.same(w(b), "s") && ctx.apostrophe(b - 1) && ctx.capitalised(b - 2)
                && t.end(b - 2) == t.start(b - 1)) {
            e = b - 2; // "RC's 61 seats", "Labour's 412"
        } else {
            return holderAfter(c, kind);
        }
        int s = e < 0 || !sameSentence(e, q) ? -1 : nameEndingAt(e);
        if (s < 0) {
            return holderAfter(c, kind);
        }
        return new Span(text, t.start(s), t.end(s == e - 1 && t.isSymbol(e, ')') ? s : e)); // "(RC)": "RC"
    }

    /**
     * "for" / « pour » / "to" and a name after the number, a counted word or two between: "48% for Gonzalez", "61 seats
     * to RC", « 23 sièges pour les Verts », "$2 billion for Ukraine". Not « à » / « au »: « 12 sièges au Grand Conseil »
     * says where; not for people: "300 people to Rwanda" are sent, not held.
     */
    private Span holderAfter(Candidate c, QuantityKind kind) {
        if (kind == QuantityKind.PEOPLE) {
            return null;
        }
        int k = c.quoteTo();
        for (int words = 0; words < 2 && k < t.size() && sameSentence(k, c.quoteFrom()) && t.isWord(k)
                && !ctx.capitalised(k) && !holderPreposition(k); words++) {
            k++;
        }
        if (k >= t.size() || !sameSentence(k, c.quoteFrom()) || !holderPreposition(k)) {
            return null;
        }
        int p = ++k;
        if (k >= t.size()) {
            return null;
        }
        if (t.isWord(k) && t.hasClass(k, Cues.DETERMINER) || Tokens.same(w(k), "l") && ctx.apostrophe(k + 1)) {
            k += Tokens.same(w(k), "l") ? 2 : 1; // "for the ANC", « pour l'UDC »
        }
        if (k >= t.size() || !sameSentence(k, p) || !ctx.capitalised(k)) {
            return null;
        }
        int e = k;
        while (e + 1 < t.size() && sameSentence(e + 1, k) && ctx.capitalised(e + 1)) {
            e++;
        }
        int s = nameEndingAt(e);
        return s == k ? new Span(text, t.start(s), t.end(e)) : null;
    }

    private boolean holderPreposition(int k) {
        String x = w(k);
        return t.isWord(k) && (Tokens.same(x, "for") || Tokens.same(x, "pour") || Tokens.same(x, "to"));
    }

    /** "has", "have", "had", "will", "would", « a », « ont », « avait »: before the verb a holder's name ends at. */
    private boolean auxiliary(int k) {
        String x = w(k);
        return Tokens.same(x, "has") || Tokens.same(x, "have") || Tokens.same(x, "had") || Tokens.same(x, "will")
                || Tokens.same(x, "would") || Tokens.same(x, "could") || Tokens.same(x, "may") || Tokens.same(x, "a")
                || Tokens.same(x, "ont") || Tokens.same(x, "avait") || Tokens.same(x, "avaient")
                || Tokens.same(x, "aurait") || Tokens.same(x, "auraient") || Tokens.same(x, "already")
                || Tokens.same(x, "deja");
    }

    /**
     * The first token of a name that ends at token e, or -1: capitalised words and acronyms with the small words inside a
     * name ("Ministry of the Interior", « Rassemblement national », "Revolucion Ciudadana (RC)", "ADN"). A sentence's
     * first word opens a name only when it is not an article or a cue ("The DA", « Le PS »: "DA", "PS"; "In Quito").
     */
    private int nameEndingAt(int e) {
        int k = e;
        if (t.isWord(k) && !ctx.capitalised(k) && k >= 1 && sameSentence(k - 1, k) && ctx.capitalised(k - 1)
                && sameSentence(k - 2, k - 1) && !t.hasCue(k, Cues.SUBJECT_STOP)) {
            k--; // « La France insoumise », « le Rassemblement national »: an adjective after the name's noun
        }
        if (t.isSymbol(k, ')')) { // "Revolucion Ciudadana (RC)"
            if (k < 2 || !ctx.acronym(k - 1) || !t.isSymbol(k - 2, '(') || !sameSentence(k - 2, k)) {
                return -1;
            }
            k -= 3;
            if (k < 0 || !sameSentence(k, e) || !ctx.capitalised(k)) {
                return e - 1; // the acronym alone
            }
        }
        int s = -1;
        while (k >= 0 && sameSentence(k, e)) {
            if (ctx.capitalised(k) && !t.hasClass(k, Cues.WEEKDAY | Cues.MONTH_NORM)
                    && !t.hasCue(k, Cues.ATTRIBUTION_WORD | Cues.TIME_WORD | Cues.PERIOD_STARTER)) {
                s = k--;
                continue;
            }
            int j = k; // small words inside a name, a capitalised word before them
            while (s >= 0 && j >= 0 && j > s - 4 && sameSentence(j, e) && (ctx.apostrophe(j) || ctx.nameJoiner(j))
                    && !ctx.capitalised(j)) {
                j--;
            }
            if (j == k || j < 0 || !sameSentence(j, e) || !ctx.capitalised(j)) {
                break;
            }
            k = j;
        }
        if (s < 0) {
            return -1;
        }
        // a sentence's first word: an article or a cue opens no name ("The DA", « Le PS », "In Quito")
        while (s <= e && !sameSentence(s - 1, s) && t.isWord(s)
                && (t.hasClass(s, Cues.DETERMINER) || t.hasCue(s, Cues.SUBJECT_STOP) || Tokens.same(w(s), "l"))) {
            s++;
            if (ctx.apostrophe(s)) {
                s++;
            }
        }
        return s <= e && ctx.capitalised(s) ? s : -1;
    }

    /**
     * A number before token b in its sentence counts something: a part of a whole ("67 of the 151 seats", « 62 sur 200
     * »), things or people ("48 seats"). Asked only for an acronym and number listed after it.
     */
    private boolean countedEarlier(int b) {
        for (int k = b - 1; k >= 0 && sameSentence(k, b); k--) {
            if (t.isNumeral(k) && (partOfAWholeAfter(k + 1) || countedNounAfter(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number quoted from token q is the whole a part is counted from: "of" / "out of" / « des » / « sur » (and
     * "the", « les », a possessive) right before it, after a number ("67 of the 151 seats", "40 out of 120", « 62 sur
     * 200 », « 67 des 151 sièges ») or opening the sentence ("Of the 2,400 people evacuated, about 300 ...", « Sur les
     * 300 salariés du site, 120 ... »).
     */
    private boolean wholeOfAPart(int q) {
        int k = q - 1;
        if (k >= 0 && sameSentence(k, q) && t.isWord(k) && t.hasClass(k, Cues.DETERMINER)) {
            k--; // "the", « les », "its"
        }
        if (k < 0 || !sameSentence(k, q) || !t.isWord(k)) {
            return false;
        }
        String x = w(k);
        boolean out = false;
        if (Tokens.same(x, "of") && k >= 1 && Tokens.same(w(k - 1), "out")) {
            k--;
            out = true;
        } else if (!Tokens.same(x, "of") && !Tokens.same(x, "des") && !Tokens.same(x, "sur")) {
            return false;
        }
        if (k == 0 || !sameSentence(k - 1, k)) {
            return true; // the sentence opens with the whole
        }
        // the part right before, or after "sur" / "out of" its counted word between: "62 sièges sur 200", "2 000
        // hectares sur les 16 800", "40 schools out of 120" (not "1988 sales of about $14 million")
        return numberEndsAt(k - 1) || (out || Tokens.same(x, "sur")) && k >= 2 && t.isWord(k - 1)
                && sameSentence(k - 2, k) && numberEndsAt(k - 2);
    }

    /** A number read ends at token i ("67", "two", « deux », "1.2 million"). */
    private boolean numberEndsAt(int i) {
        List<NumberParser.Num> nums = a.nums();
        int lo = 0;
        int hi = nums.size() - 1;
        while (lo <= hi) { // the last number starting at or before i
            int mid = (lo + hi) >>> 1;
            if (nums.get(mid).from() <= i) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && nums.get(hi).to() - 1 == i;
    }

    /** "of the 151", "out of 151", « des 151 », « sur 151 » at token k: the whole that a part is counted from. */
    private boolean partOfAWholeAfter(int k) {
        int j;
        if (Tokens.same(w(k), "of") || Tokens.same(w(k), "des") || Tokens.same(w(k), "sur")) {
            j = k + 1;
        } else if (Tokens.same(w(k), "out") && Tokens.same(w(k + 1), "of")) {
            j = k + 2;
        } else {
            return false;
        }
        if (Tokens.same(w(j), "the") || Tokens.same(w(j), "les")) {
            j++;
        }
        return j < t.size() && t.isNumeral(j) && sameSentence(j, k);
    }

    /**
     * Token b (a name before a number) follows "and", « et » or a comma, with an article between or not: a list's next
     * item ("and RC 61", ", the DA 87", « et le PLR 28 », « et au RC 61 », « et à l'UDC 12 »).
     */
    private boolean listedBefore(int b) {
        int k = b - 1;
        if (k >= 1 && (t.isSymbol(k, '\'') || t.isSymbol(k, '’')) && Tokens.same(w(k - 1), "l")) {
            k -= 2; // l'
        } else if (Tokens.same(w(k), "the") || Tokens.same(w(k), "le") || Tokens.same(w(k), "la")
                || Tokens.same(w(k), "les") || Tokens.same(w(k), "au") || Tokens.same(w(k), "aux")) {
            k--;
        }
        if (Tokens.same(w(k), "a") && fr) {
            k--; // « et à la CDU 40 »
        }
        return k >= 0 && sameSentence(k, b)
                && (Tokens.same(w(k), "and") || Tokens.same(w(k), "et") || t.isSymbol(k, ','));
    }

    /** A list item ends at token k: the sentence, a clause (";", ",") or the next item ("and", « et ») does. */
    private boolean itemEndsAt(int k) {
        return k >= t.size() || !sameSentence(k - 1, k) || t.isSymbol(k, '.') || t.isSymbol(k, ';') || t.isSymbol(k, ',')
                || Tokens.same(w(k), "and") || Tokens.same(w(k), "et");
    }

    /** True when token i is the first word of its sentence (after opening quotes or brackets). */
    private boolean sentenceStart(int i) {
        int k = i - 1;
        while (k >= 0 && sameSentence(k, i) && t.isSymbol(k) && !t.isSymbol(k, '&')) {
            k--;
        }
        return k < 0 || !sameSentence(k, i);
    }

    private boolean countedNounAfter(int k) {
        String x = w(k);
        int j = Tokens.same(x, "de") || Tokens.same(x, "of") ? k + 1 : k;
        // Cues.PEOPLE holds words only (the PERSON bit), Cues.NOUN_KINDS is in the norm's classes; things ("62 seats")
        return j >= 0 && j < t.size() && (t.hasCue(j, Cues.PERSON | Cues.THING) || Cues.nounKind(t.classes(j)) != null);
    }

    /** The qualifier phrase ending right before token {@code from}: {startToken, phraseIndex} or null. */
    private int[] qualifierBefore(int from) {
        int best = -1;
        int bestStart = from;
        // Only the phrases that can end right before the number (by its previous word).
        int prev = from - 1;
        if (prev < 0 || prev >= t.size()) {
            return null; // every phrase has a token before the number
        }
        // Every phrase ends in a word with the QUALIFIER_END bit or in an apostrophe: the other
        // tokens before a number (most of them) end none.
        if (t.isWord(prev) ? !t.hasCue(prev, Cues.QUALIFIER_END)
                : !(t.isSymbol(prev, '\'') || t.isSymbol(prev, '’'))) {
            return null;
        }
        int[] phrases = t.isWord(prev)
                ? Cues.qualifierPhrasesEndingInWord(t.classes(prev)) : Cues.qualifierPhrasesEndingIn(w(prev));
        // Every phrase of the list ends with token prev: the words before it decide, from the end (most phrases fail
        // on the word before their last).
        for (int p : phrases) {
            String[] ph = Cues.QUALIFIER_PHRASES[p];
            int s = from - ph.length;
            if (s < 0 || s >= bestStart) {
                continue; // only a longer phrase than the best so far can win
            }
            boolean ok = true;
            for (int k = ph.length - 2; k >= 0 && ok; k--) {
                ok = phraseWordAt(s + k, ph[k]);
            }
            if (ok && sameSentence(s, from)) {
                best = p;
                bestStart = s;
            }
        }
        if (best < 0) {
            return null;
        }
        Qualifier q = Cues.QUALIFIER_OF_PHRASE[best];
        if (q == Qualifier.MORE_THAN || q == Qualifier.LESS_THAN) {
            int negation = negationBefore(bestStart);
            if (negation >= 0) {
                return new int[] {negation, q == Qualifier.MORE_THAN ? Cues.NOT_MORE_THAN : Cues.NOT_LESS_THAN};
            }
        }
        return new int[] {bestStart, best};
    }

    /**
     * A negation of the verb before a bound phrase (H4 of the third walk): « il n'était pas tombé plus de 10
     * millimètres », « il n'y a pas eu plus de 5 morts », "rainfall did not exceed 10 mm", "it had not rained more
     * than 10 mm", "hasn't topped 40%" state at most 10, 5, 10, 40 (and "not ... less than", at least). The
     * negation ("not", "never", "n't", "pas", "jamais") is right before the phrase or one word before it, and that
     * word opens no other clause ("that", "whether", "que", "si"...). Returns its token, or -1. Asked only for a
     * "more than" or "less than" phrase found before a number.
     */
    private int negationBefore(int phraseStart) {
        for (int k = phraseStart - 1; k >= phraseStart - 2 && k >= 0 && sameSentence(k, phraseStart); k--) {
            if (!t.isWord(k)) {
                return -1;
            }
            String word = w(k);
            if (Tokens.same(word, "not") || Tokens.same(word, "never") || Tokens.same(word, "pas")
                    || Tokens.same(word, "jamais")) {
                return k;
            }
            if (Tokens.same(word, "t") && k >= 2 && (t.isSymbol(k - 1, '\'') || t.isSymbol(k - 1, '’'))
                    && t.isWord(k - 2) && w(k - 2).endsWith("n")) {
                return k - 2; // "didn't", "hasn't", "wasn't"
            }
            if (Tokens.same(word, "that") || Tokens.same(word, "whether") || Tokens.same(word, "if")
                    || Tokens.same(word, "only") || Tokens.same(word, "but") || Tokens.same(word, "que")
                    || Tokens.same(word, "qu") || Tokens.same(word, "si") || Tokens.same(word, "mais")
                    || Tokens.same(word, "seulement")) {
                return -1;
            }
        }
        return -1;
    }

    /** Token k is the word {@code word} of a qualifier phrase, or either apostrophe where the phrase has "'". */
    private boolean phraseWordAt(int k, String word) {
        return Tokens.same(w(k), word) || Tokens.same(word, "'") && (t.isSymbol(k, '\'') || t.isSymbol(k, '’'));
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
        int numberStart = from;
        if (from > 0 && (t.is(from, "a") || t.is(from, "an")) && t.is(from - 1, "half") && n.to() - from == 2) {
            v = v.divide(BigDecimal.valueOf(2), Lexer.MC); // "half a million"
            numberStart = from - 1;
            quoteFrom = numberStart;
        }
        Money.Before cur = Money.before(t, text, numberStart);
        int[] qb = approxNoun ? boundBefore(numberStart) : qualifierBefore(cur != null ? cur.start() : numberStart);
        if (qb != null) {
            q = Cues.QUALIFIER_OF_PHRASE[qb[1]];
            quoteFrom = qb[0];
        } else if (cur != null) {
            quoteFrom = cur.start();
        }
        String unit = cur == null ? null : cur.code();
        Money.Scale scale = Money.after(t, text, to, cur != null);
        if (scale != null) {
            v = Money.scaled(v, scale.factor());
            to = scale.to();
            if (scale.currency() != null) {
                unit = scale.currency();
            }
        }
        int quoteTo = to;
        int nounFrom = to;
        Units.Match u = NumberRecognizer.unitAfter(a, scale == null ? n : new NumberParser.Num(from, to, v, n.spelled()));
        if (u != null && readableUnit(u) && !(scale != null && u.code().equals("m"))) {
            if (unit == null || !Money.isCurrency(u.code())) {
                unit = poundsSterling(n, u) ? "£" : u.code();
            }
            quoteTo = u.to();
            nounFrom = u.to();
        } else if (unit == null && to < t.size() && t.isSymbol(to)) {
            String after = Money.symbolCode(text.charAt(t.start(to))); // "5 €", "10$"
            if (after != null && t.start(to) - t.end(to - 1) <= 1) {
                unit = after;
                quoteTo = to + 1;
                nounFrom = to + 1;
            }
        }
        if (unit != null && unit.equals("%") && n.to() < t.size() && Tokens.same(w(n.to()), "pour")) {
            quoteTo = u.to();
        }
        if (q == Qualifier.EXACT) {
            // "3 tonnes au plus", "40% or more"; after the counted noun: "20 morts au moins", "30 people at least"
            int[] bound = boundAfter(quoteTo, from);
            if (bound != null && quoteTo == nounFrom) {
                nounFrom = bound[0]; // the counted noun follows the bound: "3 or so keep-alive connections"
            }
            if (bound == null && quoteTo == nounFrom && quoteTo < t.size() && t.isWord(quoteTo)
                    && !t.hasClass(quoteTo, Cues.BOUND_AFTER_START)) {
                bound = boundAfter(quoteTo + 1, from);
            }
            if (bound != null) {
                q = BOUNDS_AFTER[bound[1]].qualifier();
                quoteTo = bound[0];
            }
        }
        return make(from, quoteTo, quoteFrom, quoteTo, q, v, unit, nounFrom);
    }

    /** A bound phrase written after the number (and its unit or counted noun), and the qualifier it gives. */
    private record BoundAfter(Qualifier qualifier, String... words) {
    }

    private static final BoundAfter[] BOUNDS_AFTER = {
        new BoundAfter(Qualifier.AT_MOST, "tout", "au", "plus"), new BoundAfter(Qualifier.AT_LEAST, "au", "moins"),
        new BoundAfter(Qualifier.AT_MOST, "au", "plus"), new BoundAfter(Qualifier.AT_MOST, "au", "maximum"),
        new BoundAfter(Qualifier.AT_LEAST, "au", "minimum"), new BoundAfter(Qualifier.AT_MOST, "maximum"),
        new BoundAfter(Qualifier.AT_LEAST, "minimum"), new BoundAfter(Qualifier.AT_LEAST, "ou", "plus"),
        new BoundAfter(Qualifier.AT_LEAST, "ou", "davantage"), new BoundAfter(Qualifier.AT_LEAST, "et", "plus"),
        new BoundAfter(Qualifier.APPROXIMATE, "environ"),
        new BoundAfter(Qualifier.AT_LEAST, "at", "the", "very", "least"),
        new BoundAfter(Qualifier.AT_LEAST, "at", "the", "least"), new BoundAfter(Qualifier.AT_LEAST, "at", "least"),
        new BoundAfter(Qualifier.AT_MOST, "at", "the", "most"), new BoundAfter(Qualifier.AT_MOST, "at", "most"),
        new BoundAfter(Qualifier.AT_LEAST, "at", "a", "minimum"), new BoundAfter(Qualifier.AT_LEAST, "or", "more"),
        new BoundAfter(Qualifier.AT_LEAST, "or", "higher"), new BoundAfter(Qualifier.AT_LEAST, "or", "above"),
        new BoundAfter(Qualifier.AT_LEAST, "or", "over"), new BoundAfter(Qualifier.AT_MOST, "or", "fewer"),
        new BoundAfter(Qualifier.AT_MOST, "or", "less"), new BoundAfter(Qualifier.AT_MOST, "or", "below"),
        new BoundAfter(Qualifier.APPROXIMATE, "or", "so"),
    };

    /**
     * A bound phrase starting at token k in the sentence of the number at token {@code number}: {end token, index in
     * {@link #BOUNDS_AFTER}}, or null. Not when the phrase opens the next quantity ("2 012 morts et plus de 2 000
     * blessés", "20 or more than 30", "au moins 30 blessés") or an adverb ("or more recently").
     */
    private int[] boundAfter(int k, int number) {
        if (k >= t.size() || !t.isWord(k) || !t.hasClass(k, Cues.BOUND_AFTER_START) || !sameSentence(k, number)) {
            return null;
        }
        for (int p = 0; p < BOUNDS_AFTER.length; p++) {
            String[] ph = BOUNDS_AFTER[p].words();
            int e = k + ph.length;
            boolean ok = e <= t.size();
            for (int j = 0; j < ph.length && ok; j++) {
                ok = t.isWord(k + j) && Tokens.same(w(k + j), ph[j]);
            }
            if (!ok) {
                continue;
            }
            int f = e;
            if (Tokens.same(w(f), "de") || Tokens.same(w(f), "d") || Tokens.same(w(f), "of") || Tokens.same(w(f), "than")
                    || Tokens.same(w(f), "que") || Tokens.same(w(f), "qu")) {
                f++; // "et plus de 2 000", "or more than 30"; but "3 tonnes au plus de solvant" is bounded
                if (f < t.size() && (t.isSymbol(f, '\'') || t.isSymbol(f, '’'))) {
                    f++;
                }
            }
            if (f < t.size() && (t.isNumeral(f) || t.isWord(f) && t.hasCue(f, Cues.STARTS_NUMBER_EN | Cues.STARTS_NUMBER_FR))
                    || f == e && e < t.size() && t.isWord(e) && w(e).endsWith("ly")) {
                return null;
            }
            return new int[] {e, p};
        }
        return null;
    }

    /** Units read after a number: not "t", "l" nor "in" as such, which are mostly words in news ("tonnes", "inches" are units). */
    private boolean readableUnit(Units.Match u) {
        String code = u.code();
        if (code.equals("t") || code.equals("l") || code.equals("in")) {
            return t.end(u.to() - 1) - t.start(u.to() - 1) > 2; // "tonnes", "litres", not "t", "l"
        }
        return true;
    }

    /**
     * "30 million pounds", "2 billion pounds": millions of pounds are money in the news ("paid 30 million pounds for
     * the striker"), unless of something ("30 million pounds of beef"); "300 pounds", "lbs" and « livres » stay weights
     * (« 30 millions de livres » are as often books sold), « livres sterling » and "pounds sterling" are money anyway.
     */
    private boolean poundsSterling(NumberParser.Num n, Units.Match u) {
        if (!"lb".equals(u.code()) || n.to() - n.from() < 2 || !t.isWord(n.to() - 1)) {
            return false;
        }
        String scale = w(n.to() - 1);
        String unitWord = w(u.to() - 1);
        return (Tokens.same(scale, "million") || Tokens.same(scale, "millions") || Tokens.same(scale, "billion")
                || Tokens.same(scale, "billions") || Tokens.same(scale, "trillion"))
                && (Tokens.same(unitWord, "pounds") || Tokens.same(unitWord, "pound")) && !Tokens.same(w(u.to()), "of");
    }

    /** "une quarantaine (de villages)", "une centaine de kilomètres": about the noun's number. */
    private Candidate approximateNoun(NumberParser.Num n) {
        int first = n.from();
        if (n.to() - n.from() != 1 || !(t.is(first, "une") || t.is(first, "un") || t.is(first, "a"))) {
            return null;
        }
        if ((cls(n.to()) & Cues.APPROX_NOUN) == 0) {
            return null; // "un" and "a" are mostly no number at all: no look-up for them
        }
        long v = Cues.APPROX_NOUNS.get(w(n.to()));
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
        int[] bound = boundBefore(n.from());
        return make(n.from(), quoteTo, bound == null ? n.from() : bound[0], quoteTo,
                bound == null ? Qualifier.APPROXIMATE : Cues.QUALIFIER_OF_PHRASE[bound[1]], BigDecimal.valueOf(v), unit,
                unit == null ? to : quoteTo);
    }

    /**
     * A bound phrase before an approximate noun ("fewer than a dozen", "plus d'une centaine", "près d'une vingtaine"):
     * the bound is the figure's, the noun its number; an approximating word ("environ une centaine") adds nothing.
     */
    private int[] boundBefore(int from) {
        int[] qb = qualifierBefore(from);
        return qb == null || Cues.QUALIFIER_OF_PHRASE[qb[1]] == Qualifier.APPROXIMATE ? null : qb;
    }

    private Candidate make(int from, int to, int quoteFrom, int quoteTo, Qualifier q, BigDecimal v, String unit,
                           int nounFrom) {
        if (v.scale() > 0 && v.stripTrailingZeros().scale() <= 0) {
            v = v.setScale(0, java.math.RoundingMode.UNNECESSARY); // 2300000000.0 from "2.3bn"
        }
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

    /**
     * "15 à 20", "de 15 à 20", "between 15 and 20", "15-20", "1,000–1,500 people", "$1-2 million",
     * "four to five thousand" (the scale word, suffix, currency and unit written once belong to
     * both ends). "from X to Y" after a verb of change ("rose from 3.5 to 4.2") is two figures.
     */
    private Candidate range(NumberParser.Num x, NumberParser.Num y) {
        int sep = x.to();
        int openerAt = x.from() - 1;
        if (sep + 1 != y.from()) {
            int[] repeated = repeatedCurrency(x, y);
            if (repeated == null) {
                return null;
            }
            sep = repeated[0];
            openerAt = repeated[1];
        }
        if (!sameSentence(x.from(), y.from())) {
            return null;
        }
        String s = w(sep);
        boolean dash = t.isSymbol(sep, '-') || t.isSymbol(sep, '–') || t.isSymbol(sep, '—');
        String opener = w(openerAt);
        boolean ok = Tokens.same(s, "a") && fr || Tokens.same(s, "to") || dash
                || (Tokens.same(s, "and") && Tokens.same(opener, "between")) || (Tokens.same(s, "et") && Tokens.same(opener, "entre"));
        if (!ok || (Tokens.same(opener, "from") || Tokens.same(opener, "de")) && Cues.CHANGE_VERBS.contains(w(openerAt - 1))) {
            return null;
        }
        if (dash && (t.isNumeral(x.to() - 1) && t.end(x.to() - 1) - t.start(x.to() - 1) == 3 && t.isNumeral(y.from())
                && t.end(y.from()) - t.start(y.from()) == 4 || t.isSymbol(Math.min(y.to(), t.size() - 1), '-')
                && y.to() + 1 < t.size() && t.isNumeral(y.to() + 1))) {
            return null; // 555-1234, 2019-12-04: telephone numbers and dates
        }
        if (!isFigure(y, dash) || (cls(y.to()) & Cues.MONTH_NORM) != 0) {
            return null;
        }
        Money.Before cur = Money.before(t, text, x.from());
        BigDecimal low = x.value();
        BigDecimal high = y.value();
        int to = y.to();
        String unit = cur != null ? cur.code() : null;
        Money.Scale scale = Money.after(t, text, y.to(), unit != null);
        if (scale != null) {
            high = Money.scaled(high, scale.factor());
            to = scale.to();
            if (scale.currency() != null) {
                unit = scale.currency();
            }
            Money.Scale own = Money.after(t, text, x.to(), unit != null);
            low = Money.scaled(low, own != null ? own.factor() : scale.factor());
        } else {
            BigDecimal shared = sharedScale(x, y);
            if (shared != null) {
                low = Money.scaled(low, shared);
            }
        }
        if (low.compareTo(high) >= 0) {
            return null;
        }
        int quoteFrom = Tokens.same(opener, "between") || Tokens.same(opener, "entre") || Tokens.same(opener, "de") || Tokens.same(opener, "from")
                ? openerAt : cur != null ? cur.start() : x.from();
        int[] qb = qualifierBefore(quoteFrom);
        if (qb != null && Cues.QUALIFIER_OF_PHRASE[qb[1]] == Qualifier.APPROXIMATE) {
            quoteFrom = qb[0]; // "some 15-20", "environ 15 à 20": still a range
        }
        int quoteTo = to;
        Units.Match u = NumberRecognizer.unitAfter(a, new NumberParser.Num(y.from(), to, high, y.spelled()));
        if (u != null && readableUnit(u) && !(scale != null && u.code().equals("m"))) {
            if (unit == null || !Money.isCurrency(u.code())) {
                unit = u.code();
            }
            quoteTo = u.to();
        } else if (to < t.size() && t.isSymbol(to) && t.start(to) - t.end(to - 1) <= 1) {
            String after = Money.symbolCode(text.charAt(t.start(to))); // "entre 2 € et 3 €", "2 à 3 €"
            if (after != null && (unit == null || unit.equals(after))) {
                unit = after;
                quoteTo = to + 1;
            }
        }
        return new Candidate(x.from(), to, quoteFrom, quoteTo, Qualifier.RANGE, low, high, unit, quoteTo);
    }

    /**
     * A range whose currency is written on both ends, after "between", "entre" or "from" (H5 of the third walk):
     * "between $45 million and $51 million", "from $2 to $3", "entre 45 millions d'euros et 51 millions d'euros",
     * "entre 45 M€ et 51 M€", "between 45 million dollars and 51 million dollars". Returns {the connector's token,
     * the opener's token}, or null. Asked only for two numbers that are not next to each other: the distance
     * between them and the opener (identity comparisons) fail for almost all of them before any currency is read.
     */
    private int[] repeatedCurrency(NumberParser.Num x, NumberParser.Num y) {
        if (y.from() - x.to() > 5) {
            return null; // "45 millions d'euros et 51": at most five tokens between the numbers
        }
        int openerAt = x.from() - 1;
        if (openerAt >= 0 && t.isSymbol(openerAt)) {
            openerAt--; // "between $45 million": the opener is before the sign
        }
        String opener = w(openerAt);
        if (!(Tokens.same(opener, "between") || Tokens.same(opener, "entre") || Tokens.same(opener, "from"))) {
            return null;
        }
        Money.Before curX = openerAt == x.from() - 2 ? Money.before(t, text, x.from()) : null;
        if (curX != null) { // "$45 million and $51 million": the same sign before the second number
            Money.Before curY = y.from() == x.to() + 2 ? Money.before(t, text, y.from()) : null;
            return curY != null && curY.start() == x.to() + 1 && curY.code().equals(curX.code())
                    ? new int[] {x.to(), openerAt} : null;
        }
        if (openerAt != x.from() - 1) {
            return null;
        }
        int end; // "45 M€ et 51 M€", "45 millions d'euros et 51 millions d'euros": the currency after the first
        Money.Scale scale = Money.after(t, text, x.to(), false);
        if (scale != null && scale.currency() != null) {
            end = scale.to();
        } else if (x.to() < t.size() && t.isSymbol(x.to()) && Money.symbolCode(text.charAt(t.start(x.to()))) != null) {
            end = x.to() + 1; // "2 € et 3 €"
        } else {
            Units.Match u = NumberRecognizer.unitAfter(a, x);
            if (u == null || !Money.isCurrency(u.code())) {
                return null;
            }
            end = u.to();
        }
        return end + 1 == y.from() ? new int[] {end, openerAt} : null;
    }

    /**
     * "four to five thousand", "$1-2bn": the scale word or suffix closing the second number, when
     * the first has none.
     */
    private BigDecimal sharedScale(NumberParser.Num x, NumberParser.Num y) {
        int last = y.to() - 1;
        if (!t.isWord(last) || y.to() - y.from() < 2) {
            return null;
        }
        if (y.to() - y.from() == 2 && t.isNumeral(y.from()) && t.end(y.from()) == t.start(last)
                && x.to() - x.from() == 1 && t.isNumeral(x.from()) && t.value(y.from()).signum() != 0) {
            BigDecimal f = y.value().divide(t.value(y.from()), Lexer.MC); // a suffix: 2bn, 10k
            return f.compareTo(BigDecimal.ONE) > 0 ? f : null;
        }
        Lexicon.Entry e = Lexicon.cardinal(w(last), fr);
        if (e == null || e.cat() != Lexicon.Cat.SCALE && e.cat() != Lexicon.Cat.HUNDRED) {
            return null;
        }
        Lexicon.Entry xl = Lexicon.cardinal(w(x.to() - 1), fr);
        boolean xScaled = t.isWord(x.to() - 1) && xl != null && (xl.cat() == Lexicon.Cat.SCALE || xl.cat() == Lexicon.Cat.HUNDRED);
        return !xScaled && x.value().compareTo(e.value()) < 0 ? e.value() : null;
    }

    /**
     * Shares stated with fraction words, in %: "half of", "la moitié des", "un quart des", "two-thirds
     * of", "les deux tiers des" (approximate), "more than half of" (the bound phrase applies), and "a
     * majority of", "la majorité des" (vague: 50 % .. open). The word must be followed by "of",
     * "de"/"des"/"du"/"d'" or "the", and not by a time unit ("un quart d'heure").
     */
    private List<Candidate> shares() {
        List<Candidate> out = new ArrayList<>();
        for (int m = 0; m < t.markedSize(); m++) { // Cues.SHARE_WORD is one of Tokens.MARKED
            int i = t.marked(m);
            if (!t.isWord(i) || !t.hasCue(i, Cues.SHARE_WORD)) {
                continue;
            }
            int after = i + 1;
            String of = w(after);
            if (!(Tokens.same(of, "of") || Tokens.same(of, "des") || Tokens.same(of, "de") || Tokens.same(of, "du")
                    || Tokens.same(of, "d") || Tokens.same(of, "the") && Tokens.same(w(i), "half"))) {
                continue;
            }
            int noun = Tokens.same(of, "d") ? after + 2 : after + 1;
            if (Tokens.same(w(noun), "the") || Tokens.same(w(noun), "an")) {
                noun++;
            }
            if (noun < t.size() && t.isWord(noun) && t.hasCue(noun, Cues.TIME_UNIT)) {
                continue; // un quart d'heure, half of the year is a period
            }
            int den = Cues.SHARE_DENOMINATORS.get(w(i));
            String before = w(i - 1);
            if (den == 0) { // "a majority of", "the vast majority of", "la majorité des"
                int b = i - 1;
                if (Tokens.same(before, "vast") || Tokens.same(before, "large") || Tokens.same(before, "overwhelming")
                        || Tokens.same(before, "grande") || Tokens.same(before, "ecrasante")) {
                    b--;
                }
                String article = w(b);
                if (Tokens.same(article, "a") || Tokens.same(article, "the") || Tokens.same(article, "la")
                        || Tokens.same(article, "une") || Tokens.same(article, "l")) {
                    out.add(new Candidate(b, i + 1, b, i + 1, Qualifier.VAGUE, BigDecimal.valueOf(50), null, "%", after));
                }
                continue;
            }
            boolean plural = w(i).endsWith("s") && !Tokens.same(w(i), "tiers");
            int start = i;
            int numeratorAt = -1;
            if (i >= 2 && t.isSymbol(i - 1, '-')) {
                numeratorAt = i - 2; // two-thirds
            } else if (Tokens.same(before, "a") || Tokens.same(before, "one") || Tokens.same(before, "un")
                    || Tokens.same(before, "une") || Tokens.same(before, "la") && Tokens.same(w(i), "moitie")) {
                start = i - 1; // a third, un quart, la moitié
            } else if (i > 0 && (plural || t.isNumeral(i - 1) || Lexicon.cardinal(before, fr) != null)) {
                numeratorAt = i - 1; // three quarters, les deux tiers
            } else if (!Tokens.same(w(i), "half")) {
                continue; // a bare "quarter of" is a place ("the Christian quarter of")
            }
            BigDecimal numerator = BigDecimal.ONE;
            if (numeratorAt >= 0) {
                BigDecimal nv = t.isNumeral(numeratorAt) ? t.value(numeratorAt) : null;
                Lexicon.Entry e = Lexicon.cardinal(w(numeratorAt), fr);
                if (e == null) {
                    e = Lexicon.cardinal(w(numeratorAt), !fr);
                }
                if (nv == null && e != null && e.cat() == Lexicon.Cat.UNIT) {
                    nv = e.value();
                }
                if (nv == null || nv.compareTo(BigDecimal.valueOf(den)) >= 0) {
                    continue; // "four quarters" is no share
                }
                numerator = nv;
                start = numeratorAt;
            }
            BigDecimal pct = numerator.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(den), 2,
                    java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            if (pct.scale() < 0) {
                pct = pct.setScale(0);
            }
            int quoteFrom = start;
            Qualifier q = Qualifier.APPROXIMATE;
            int[] qb = qualifierBefore(start);
            if (qb == null && (Tokens.same(w(start - 1), "les") || Tokens.same(w(start - 1), "la")) && start >= 1) {
                qb = qualifierBefore(start - 1); // "plus de la moitié", "près des deux tiers"
            }
            if (qb != null) {
                q = Cues.QUALIFIER_OF_PHRASE[qb[1]];
                quoteFrom = qb[0];
            }
            out.add(make(start, i + 1, quoteFrom, i + 1, q, pct, "%", after));
        }
        return out;
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
