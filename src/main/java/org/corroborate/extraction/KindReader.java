package org.corroborate.extraction;

import java.util.List;

/** Infers what a figure counts from its unit, the noun after it and the sentence's verbs. */
final class KindReader {

    private final NumberRecognizer.Analysis a;
    private final Tokens t;
    private final int[] sentenceOf;

    /**
     * The tokens whose word says what happened to the people counted ({@link Cues#SENTENCE_KINDS}),
     * in text order, taken from the tokens' marked list ({@link Cues#SENTENCE_KIND} is one of
     * {@link Tokens#MARKED}): a figure's nearest such cue before and after it is found by a binary
     * search, with no pass over every token and no token-sized array.
     */
    private final int[] kindTokens;
    private final int kindCount;

    KindReader(NumberRecognizer.Analysis a, int[] sentenceOf) {
        this.a = a;
        this.t = a.toks();
        this.sentenceOf = sentenceOf;
        int[] found = new int[16];
        int count = 0;
        for (int m = 0; m < t.markedSize(); m++) {
            int i = t.marked(m);
            if (t.isWord(i) && t.hasCue(i, Cues.SENTENCE_KIND)) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        kindTokens = found;
        kindCount = count;
    }

    /** The index in {@link #kindTokens} of the first kind token at or after token i ({@link #kindCount} if none). */
    private int firstKindFrom(int i) {
        int lo = 0;
        int hi = kindCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (kindTokens[mid] < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.norm(i) : ""; // norms are already accent-stripped (Lexer)
    }

    private boolean same(int i, int j) {
        return i >= 0 && j >= 0 && i < t.size() && j < t.size() && sentenceOf[i] == sentenceOf[j];
    }

    /** First content word after the number: skips "de", "d'", "of", "des", "the". */
    private int noun(int from) {
        int k = from;
        for (int n = 0; n < 3 && k < t.size(); n++) {
            // Cues.NOUN_SKIPS; only the apostrophe symbols have the norm "'"
            if (t.isWord(k) && t.hasCue(k, Cues.NOUN_SKIP) || t.isSymbol(k, '\'') || t.isSymbol(k, '’')) {
                k++;
            } else {
                break;
            }
        }
        return k < t.size() && t.isWord(k) && same(k, Math.max(from - 1, 0)) ? k : -1;
    }

    /** The figure token whose nearest commas {@link #commaBefore} and {@link #commaAfter} hold; -1 for none yet. */
    private int commasOf = -1;
    /** The last comma before {@link #commasOf} in its sentence, or -1. */
    private int commaBefore;
    /** The first comma after {@link #commasOf} in its sentence, or {@code Integer.MAX_VALUE}. */
    private int commaAfter;

    /**
     * Whether a comma stands between the figure at token {@code from} and token {@code k} of its sentence: the
     * figure's nearest commas are found once, however many cue words it is weighed against.
     */
    private boolean commaBetween(int from, int k) {
        if (commasOf != from) {
            commasOf = from;
            commaBefore = -1;
            for (int j = from - 1; j >= 0 && same(j, from); j--) {
                if (t.isSymbol(j, ',')) {
                    commaBefore = j;
                    break;
                }
            }
            commaAfter = Integer.MAX_VALUE;
            for (int j = from + 1; j < t.size() && same(j, from); j++) {
                if (t.isSymbol(j, ',')) {
                    commaAfter = j;
                    break;
                }
            }
        }
        return k < from ? commaBefore > k : commaAfter < k;
    }

    /** The counted noun at nn, or the one it qualifies ("accommodation centres"), names a building or a site. */
    private boolean thing(int nn) {
        boolean next = nn + 1 < t.size() && t.isWord(nn + 1) && same(nn + 1, nn);
        if (next && t.hasCue(nn + 1, Cues.PERSON)) {
            return false; // "school children", "hospital staff"
        }
        return t.hasCue(nn, Cues.THING) || next && t.hasCue(nn + 1, Cues.THING) && !t.hasCue(nn, Cues.PERSON);
    }

    QuantityKind kind(int from, int nounFrom, String unit) {
        if (unit != null) {
            switch (unit) {
                case "km2", "m2", "ha", "acre" -> {
                    return QuantityKind.AREA;
                }
                case "km", "m", "mi", "ft", "cm", "mm", "yd" -> {
                    return QuantityKind.DISTANCE;
                }
                case "%" -> {
                    return QuantityKind.SHARE;
                }
                default -> {
                    // "pas plus de 3 tonnes de solvant", "40 degrees": a measured amount, never people counted
                    return Money.isCurrency(unit) ? QuantityKind.MONEY : QuantityKind.OTHER;
                }
            }
        }
        int nn = noun(nounFrom);
        if (nn >= 0 && t.hasCue(nn, Cues.TIME_UNIT)) { // Cues.TIME_UNITS; noun() only returns words
            return QuantityKind.DURATION;
        }
        QuantityKind k = nn < 0 ? null : Cues.nounKind(t.classes(nn));
        if (k != null) {
            return k;
        }
        if (nn >= 0 && thing(nn)) {
            return QuantityKind.OTHER; // "31 accommodation centres", "trois cents maisons": not the people in them
        }
        // "le nombre de localités" after, "the number of villages ... to 15" before
        if (Tokens.same(w(nounFrom), "le") && Tokens.same(w(nounFrom + 1), "nombre")) {
            int n2 = noun(nounFrom + 2);
            QuantityKind x = n2 < 0 ? null : Cues.nounKind(t.classes(n2));
            if (x != null) {
                return x;
            }
        }
        for (int b = from - 1; b >= 0 && b > from - 12 && same(b, from); b--) {
            if (t.isWord(b) && t.hasCue(b, Cues.NUMBER_NOUN) && (Tokens.same(w(b + 1), "of") || Tokens.same(w(b + 1), "de"))) {
                QuantityKind x = b + 2 < t.size() ? Cues.nounKind(t.classes(b + 2)) : null;
                if (x != null) {
                    return x;
                }
            }
        }
        // People counted: what happened to them is in the sentence; the nearest cue within 59
        // tokens wins, the one before on a tie. Only the nearest kind tokens before and after token
        // from can be in its sentence (sentence indexes grow with token indexes).
        int c = firstKindFrom(from);
        int bi = c - 1;
        if (c < kindCount && kindTokens[c] == from) {
            c++;
        }
        // "au moins 17 blessés, ..., et contraignant à confiner près de 12 000 habitants": another number's word
        boolean people = nn >= 0 && t.hasCue(nn, Cues.PERSON); // Cues.PEOPLE; noun() only returns words
        boolean ownPeople = people && !partOfAWhole(from);
        while (ownPeople && bi >= 0 && anotherNumbersWord(kindTokens[bi], from)) {
            bi--;
        }
        while (ownPeople && c < kindCount && anotherNumbersWord(kindTokens[c], from)) {
            c++;
        }
        int before = bi >= 0 ? kindTokens[bi] : -1;
        int after = c < kindCount ? kindTokens[c] : -1;
        int db = before < 0 || !same(before, from) ? Integer.MAX_VALUE : from - before;
        int da = after < 0 || !same(after, from) ? Integer.MAX_VALUE : after - from;
        int best = db <= da ? before : after;
        if (db < 60 && da < 60) {
            // "the toll has risen to 417, and 128,000 people are displaced": the cue on the figure's side of a comma
            int other = best == before ? after : before;
            if (commaBetween(from, best) && !commaBetween(from, other)) {
                best = other;
            }
        }
        if (Math.min(db, da) < 60) {
            return Cues.sentenceKind(t.classes(best));
        }
        if (people || nn >= 0 && nn + 1 < t.size() && t.hasCue(nn + 1, Cues.PERSON) && same(nn + 1, from)) {
            return QuantityKind.PEOPLE; // "20 aid workers"
        }
        // "COVID-19 cases rose to 2,400": the counted noun before the verb when none follows
        if (nn < 0 || t.hasCue(nn, Cues.SUBJECT_STOP)) {
            for (int b = from - 1; b >= 0 && b > from - 6 && same(b, from); b--) {
                if (t.isWord(b) && t.hasCue(b, Cues.PERSON)) {
                    return QuantityKind.PEOPLE;
                }
            }
        }
        return QuantityKind.OTHER;
    }

    /**
     * The cue word at {@code cue} is the counted word of another number ("17 blessés"), across a comma from the figure
     * at {@code from}: it says what that number counts, not what the figure's own people are.
     */
    private boolean anotherNumbersWord(int cue, int from) {
        if (cue < 1 || !same(cue, from) || !commaBetween(from, cue)) {
            return false;
        }
        NumberParser.Num n = numberEndingAt(cue);
        return n != null && n.from() != from;
    }

    /** The number whose last token is right before token {@code k}, or null. */
    private NumberParser.Num numberEndingAt(int k) {
        List<NumberParser.Num> nums = a.nums();
        int lo = 0;
        int hi = nums.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int to = nums.get(mid).to();
            if (to == k) {
                return nums.get(mid);
            }
            if (to < k) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** "260 morts, dont 110 civils", "including 4 children": the figure is a part, its whole's word is its kind. */
    private boolean partOfAWhole(int from) {
        for (int k = from - 1; k >= 0 && same(k, from) && !t.isSymbol(k, ','); k--) {
            if (t.isWord(k) && t.hasClass(k, Cues.PART_WORD)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the counted noun phrase is written ("membres des forces prorégime", "jihadistes et
     * rebelles"): its start offset in the low 32 bits, its end in the high 32 bits (as
     * {@link Tokens} packs a token's span), or -1 when there is none.
     */
    long subject(int nounFrom) {
        int s = noun(nounFrom);
        if (s < 0 || t.hasCue(s, Cues.SUBJECT_STOP | Cues.TIME_UNIT)) { // noun() only returns words
            return -1;
        }
        int e = s + 1;
        int lastContent = s;
        while (e < t.size() && e - s < 8 && same(e, s)) {
            boolean connector = t.isWord(e) && t.hasCue(e, Cues.CONNECTOR) // Cues.CONNECTORS
                    || t.isSymbol(e, '\'') || t.isSymbol(e, '’');
            if (!t.isWord(e) && !connector) {
                break;
            }
            if (!connector && t.hasCue(e, Cues.SUBJECT_END)) { // e is a word here
                break;
            }
            if (!connector) {
                lastContent = e;
            }
            e++;
        }
        return (long) t.end(lastContent) << 32 | t.start(s);
    }
}
