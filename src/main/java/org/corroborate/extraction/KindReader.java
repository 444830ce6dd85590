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
            if (t.isWord(i) && t.hasCue(i, Cues.SENTENCE_KIND) && !leak(i)) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        kindTokens = found;
        kindCount = count;
    }

    /**
     * « une fuite de chlore », « la fuite d'hydrocarbures »: a leak, not people fleeing (« la fuite de 3 000 civils », « la
     * fuite des habitants », « d'une centaine de familles », « ont pris la fuite »): "fuite" then "de" and a thing.
     */
    private boolean leak(int i) {
        if (!t.is(i, "fuite")) {
            return false;
        }
        int k = i + 1;
        if (!(is(k, "de") || is(k, "d") || is(k, "du") || is(k, "des"))) {
            return false;
        }
        k++;
        while (k < t.size() && (t.isSymbol(k, '\'') || t.isSymbol(k, '’') || is(k, "la") || is(k, "l") || is(k, "le"))) {
            k++;
        }
        return k < t.size() && t.isWord(k) && same(k, i)
                && !t.hasCue(k, Cues.PERSON | Cues.STARTS_NUMBER_FR | Cues.STARTS_NUMBER_EN | Cues.VAGUE_WORD)
                && !t.hasClass(k, Cues.APPROX_NOUN);
    }

    /** Token k is the word w (a literal); false outside the tokens. */
    private boolean is(int k, String w) {
        return k >= 0 && k < t.size() && t.is(k, w);
    }

    /**
     * "None of the 450 workers was hurt", « Aucun de nos 450 collaborateurs n'a été blessé »: the figure counts a whole
     * that the sentence's word says nothing happened to.
     */
    private boolean noneOf(int from) {
        int k = from - 1;
        if (k >= 0 && t.isWord(k) && t.hasClass(k, Cues.DETERMINER)) {
            k--;
        }
        if (k >= 0 && (t.isSymbol(k, '\'') || t.isSymbol(k, '’'))) {
            k--;
        }
        if (k < 1 || !t.isWord(k) || !t.hasCue(k, Cues.NOUN_SKIP)) { // Cues.NOUN_SKIPS: de, d, des, of
            return false;
        }
        k--;
        return (is(k, "aucun") || is(k, "aucune") || is(k, "none") || is(k, "neither")) && same(k, from);
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
        if (k > from && k < t.size()) {
            k = wholeNoun(k);
        }
        return k < t.size() && t.isWord(k) && same(k, Math.max(from - 1, 0)) ? k : -1;
    }

    /**
     * A part counts what its whole counts: "15 of the city's 60 health centres", « 8 des 40 blessés », « deux de nos
     * employés », "300 of the displaced". From token k, right after "of" / « de » / « des »: past a determiner, a
     * possessive ("the city's") and the whole's number, to the whole's noun; k itself when there is none of these.
     */
    private int wholeNoun(int k) {
        int j = k;
        if (t.isWord(j) && t.hasClass(j, Cues.DETERMINER)) {
            j++;
        } else if (is(j, "l") && j + 1 < t.size() && (t.isSymbol(j + 1, '\'') || t.isSymbol(j + 1, '’'))) {
            j += 2; // « un tiers de l'effectif »
        }
        if (j + 2 < t.size() && t.isWord(j) && (t.isSymbol(j + 1, '\'') || t.isSymbol(j + 1, '’')) && is(j + 2, "s")) {
            j += 3; // "the city's"
        }
        if (j + 1 < t.size() && t.isNumeral(j) && t.isWord(j + 1)) {
            j++; // the whole's number
        }
        return j < t.size() && t.isWord(j) ? j : k;
    }

    /** How far (tokens) a word that says what happened to people may be from the figure it tells the kind of. */
    private static final int CUE_REACH = 60;

    /** The figure token whose nearest commas the two fields below hold; -1 for none yet. */
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

    /**
     * Whether a {@link #clauseBreak} stands between the figure at token {@code from} and token {@code k} of its
     * sentence, or a comma stands before k when the figure has its own verb (", and 20 people were arrested": the
     * "killed" before the comma is another clause's).
     */
    private boolean anotherClauses(int k, int from, int nounFrom) {
        if (!same(k, from) || (k < from ? from - k : k - from) >= CUE_REACH) {
            return false; // a cue farther away is not the figure's anyway
        }
        for (int j = Math.min(k, from) + 1; j < Math.max(k, from); j++) {
            if (t.isSymbol(j) && clauseBreak(j)) {
                return true;
            }
        }
        return k < from && commaBetween(from, k) && ownVerbAfter(from, nounFrom);
    }

    /** An auxiliary follows the figure's number and counted noun: the figure is the subject of its own verb. */
    private boolean ownVerbAfter(int from, int nounFrom) {
        int nn = noun(nounFrom);
        int k = nn < 0 ? nounFrom : nn + 1;
        for (int j = k; j < t.size() && j <= k + 2 && same(j, from); j++) {
            if (is(j, "were") || is(j, "was") || is(j, "are") || is(j, "is") || is(j, "have") || is(j, "has")
                    || is(j, "had") || is(j, "ont") || is(j, "sont") || is(j, "avaient") || is(j, "etaient")) {
                return true;
            }
            if (!t.isWord(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Symbol token j ends a clause that has its own subject after it: a semicolon, or a comma, a conjunction and an
     * article (", et les écoles ...", ", and the police ..."). A list goes on without the article (", and 4 children").
     */
    private boolean clauseBreak(int j) {
        char c = t.symbol(j);
        return c == ';' || c == ',' && (is(j + 1, "et") || is(j + 1, "and") || is(j + 1, "mais") || is(j + 1, "but"))
                && (is(j + 2, "le") || is(j + 2, "la") || is(j + 2, "les") || is(j + 2, "l") || is(j + 2, "the"));
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
        boolean people = nn >= 0 && t.hasCue(nn, Cues.PERSON); // Cues.PEOPLE; noun() only returns words
        if (noneOf(from)) {
            return people ? QuantityKind.PEOPLE : QuantityKind.OTHER;
        }
        int c = firstKindFrom(from);
        int bi = c - 1;
        if (c < kindCount && kindTokens[c] == from) {
            c++;
        }
        // "au moins 17 blessés, ..., et contraignant à confiner près de 12 000 habitants": another number's word;
        // "... ont été évacués, et les écoles, qui accueillent quelque 2 500 élèves": another clause's
        boolean ownPeople = people && !partOfAWhole(from);
        while (ownPeople && bi >= 0 && (anotherNumbersWord(kindTokens[bi], from) || anotherClauses(kindTokens[bi], from, nounFrom))) {
            bi--;
        }
        while (ownPeople && c < kindCount && (anotherNumbersWord(kindTokens[c], from) || anotherClauses(kindTokens[c], from, nounFrom))) {
            c++;
        }
        int before = bi >= 0 ? kindTokens[bi] : -1;
        int after = c < kindCount ? kindTokens[c] : -1;
        int db = before < 0 || !same(before, from) ? Integer.MAX_VALUE : from - before;
        int da = after < 0 || !same(after, from) ? Integer.MAX_VALUE : after - from;
        int best = db <= da ? before : after;
        if (db < CUE_REACH && da < CUE_REACH) {
            // "the toll has risen to 417, and 128,000 people are displaced": the cue on the figure's side of a comma
            int other = best == before ? after : before;
            if (commaBetween(from, best) && !commaBetween(from, other)) {
                best = other;
            }
        }
        if (Math.min(db, da) < CUE_REACH) {
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
    /** Token e is a hyphen joining the words either side of it, with no space: "public-sector", « sous-préfecture ». */
    private boolean gluedHyphen(int e) {
        return t.isSymbol(e, '-') && e > 0 && e + 1 < t.size() && t.isWord(e - 1) && t.isWord(e + 1)
                && t.end(e - 1) == t.start(e) && t.end(e) == t.start(e + 1);
    }

    long subject(int nounFrom) {
        int s = noun(nounFrom);
        // « 2,1 % jeudi », "40% in March": a day or a month is when, not what is counted
        if (s < 0 || t.hasCue(s, Cues.SUBJECT_STOP | Cues.TIME_UNIT | Cues.TIME_WORD | Cues.WHEN_WORD)) { // noun() only returns words
            return -1;
        }
        int e = s + 1;
        int lastContent = s;
        boolean afterAnd = false;
        while (e < t.size() && e - s < 8 && same(e, s)) {
            boolean connector = t.isWord(e) && t.hasCue(e, Cues.CONNECTOR) // Cues.CONNECTORS
                    || t.isSymbol(e, '\'') || t.isSymbol(e, '’') || gluedHyphen(e); // "public-sector workers"
            if (!t.isWord(e) && !connector) {
                break;
            }
            if (!connector && t.hasCue(e, Cues.SUBJECT_END)) { // e is a word here
                break;
            }
            if (!connector && afterAnd && Character.isUpperCase(a.text().charAt(t.start(e)))) {
                break; // "41.1% of valid votes and Revolucion Ciudadana (RC) 40.4%": a name opens the next item
            }
            afterAnd = connector && (Tokens.same(t.norm(e), "and") || Tokens.same(t.norm(e), "et")
                    || afterAnd && (Tokens.same(t.norm(e), "the") || Tokens.same(t.norm(e), "le")
                    || Tokens.same(t.norm(e), "la") || Tokens.same(t.norm(e), "les"))); // "159 seats and the DA 87"
            if (!connector) {
                lastContent = e;
            }
            e++;
        }
        return (long) t.end(lastContent) << 32 | t.start(s);
    }
}
