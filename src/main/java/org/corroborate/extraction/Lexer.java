package org.corroborate.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;

/**
 * Hand-written single-pass tokenizer: every character is looked at a bounded number of times,
 * so the cost is linear in the input (no regular expressions, no backtracking).
 *
 * <p>Digit groups are read here because grouping depends on the characters between digits
 * (370'000, 370 000 with any of the no-break spaces, 370.000, 370,000) and on the language's
 * decimal mark (1,5 in French, 1.5 in English).
 */
final class Lexer {

    static final MathContext MC = MathContext.DECIMAL64;

    private static final String VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";
    private static final int[] VULGAR_NUM = {1, 1, 2, 1, 3, 1, 2, 3, 4, 1, 5, 1, 3, 5, 7};
    private static final int[] VULGAR_DEN = {2, 3, 3, 4, 4, 5, 5, 5, 5, 6, 6, 8, 8, 8, 8};

    /** The chars around the range, {@code window[i - base]} being char i of the text: see {@link TextWindow}. */
    private final char[] window;
    private final int base;
    private final boolean french;
    private final Tokens out;
    private final int n;
    /** Tokens start in [from, to); look-ahead and look-back still see the whole text. */
    private final int from;
    private final int to;
    private final WordTable words;
    /**
     * The integer part of the numeral being read, as ASCII digits: a buffer reused for every
     * numeral instead of a new StringBuilder each time.
     */
    private char[] intPart = new char[32];
    private int intLength;
    private Lexer(TextWindow text, int from, int to, Locale lang, Tokens out) {
        this.window = text.chars();
        this.base = text.base();
        this.n = text.length();
        this.from = from;
        this.to = to;
        this.out = out;
        this.french = Lang.isFrench(lang);
        this.words = out.words();
    }

    /**
     * The tokens starting in {@code [from, to)} of {@code text}, offsets into the whole text. A
     * token starting before {@code to} may end after it, and the char tests around a token read
     * the whole text, so tokenising a range from a point where the whole-text pass is between
     * tokens gives exactly the whole-text tokens of that range. {@code out} is cleared first; it
     * (and its word table) may be shared by the ranges of one text.
     */
    static void lex(TextWindow text, int from, int to, Locale lang, Tokens out) {
        text.cover(from, to);
        try {
            out.clear();
            new Lexer(text, from, to, lang, out).run();
        } catch (ArrayIndexOutOfBoundsException outsideTheWindow) {
            if (!text.widen()) {
                throw outsideTheWindow;
            }
            out.clear(); // the word table keeps the words it met: the same norms whatever the order
            new Lexer(text, from, to, lang, out).run();
        }
    }

    /** Char i of the text; throws {@link ArrayIndexOutOfBoundsException} outside the window. */
    private char at(int i) {
        return window[i - base];
    }

    /** ASCII answers of the char class tests below, precomputed from the Unicode-aware definitions. */
    private static final boolean[] ASCII_SPACE = new boolean[128];
    /**
     * {@link #isWordChar} for every Latin-1 char: French text is full of accented letters, and
     * {@code Character.isLetter} on them costs a table walk each time. No Latin-1 char is a
     * combining mark, so this is also {@link #continuesWord} below 256.
     */
    private static final boolean[] LATIN1_WORD = new boolean[256];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
        for (char c = 0; c < 256; c++) {
            LATIN1_WORD[c] = Character.isLetter(c) || c == '²' || c == '³' || c == 'µ';
        }
    }

    static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    static boolean isWordChar(char c) {
        return c < 256 ? LATIN1_WORD[c] : Character.isLetter(c);
    }

    /** Inside a word: word chars and combining accents. */
    private static boolean continuesWord(char c) {
        return c < 256 ? LATIN1_WORD[c] : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void run() {
        int i = from;
        while (i < to) {
            char c = at(i);
            if (c == ' ') { // a fifth of the chars of prose
                i++;
                continue;
            }
            boolean word = isWordChar(c); // once
            if (word && c != 'h' && c != 'w') {
                i = word(i); // most tokens: tested first
            } else if (isSpace(c)) {
                i++;
            } else if (isDigit(c)) {
                i = numeral(i, i);
            } else if ((c == '-' || c == '−') && isSign(i)) {
                int j = i + 1;
                while (j < n && isGroupSpace(at(j)) && j - i < 4) {
                    j++;
                }
                if (j < n && isDigit(at(j))) {
                    i = numeral(j, i);
                } else {
                    out.addSymbol(i, c);
                    i++;
                }
            } else if (c == '.' && i + 1 < n && isDigit(at(i + 1)) && (i == 0 || isSpace(at(i - 1)))) {
                i = numeral(i, i); // ".08", French ",08" below
            } else if (c == ',' && french && i + 1 < n && isDigit(at(i + 1)) && (i == 0 || isSpace(at(i - 1)))) {
                i = numeral(i, i);
            } else if (c >= '\u00BC' && VULGAR.indexOf(c) >= 0) { // all vulgar fractions are at or above ¼
                int k = VULGAR.indexOf(c);
                BigDecimal v = BigDecimal.valueOf(VULGAR_NUM[k]).divide(BigDecimal.valueOf(VULGAR_DEN[k]), MC);
                out.addNumeral(i, i + 1, true, false, v);
                i++;
            } else if (word && isUrlStart(i)) { // URLs start with 'h' or 'w', word chars
                i = skipNonSpace(i);
            } else if (word) {
                i = word(i);
            } else {
                out.addSymbol(i, c);
                i++;
            }
        }
    }

    /** Reads the word starting at i; returns the index after it. */
    private int word(int i) {
        // One pass finds the word's end and packs its chars for the word table.
        // The hottest loop of extraction (every letter of a text): the window read directly, and the table
        // test that most chars take also tells that the word is Latin-1 so far.
        char[] cs = window;
        int p = i - base;
        int end = n - base;
        long packed = 0;
        boolean latin1 = true;
        while (p < end) {
            char cj = cs[p];
            if (cj < 256) {
                if (!LATIN1_WORD[cj]) {
                    break;
                }
            } else if (continuesWord(cj)) {
                latin1 = false;
            } else {
                break;
            }
            packed = WordTable.pack(packed, cj);
            p++;
        }
        int j = p + base;
        int norm = latin1 ? words.norm(cs, i - base, p, packed) : words.norm(cs, i - base, p);
        out.addWord(i, j, norm, words.lastBits());
        return j;
    }

    private boolean isUrlStart(int i) {
        char c = at(i);
        if (c != 'h' && c != 'w') {
            return false; // cheap reject before the look-behind and the three prefix tests
        }
        if (i > 0 && !isSpace(at(i - 1)) && at(i - 1) != '(') {
            return false;
        }
        return startsWith(i, "http://") || startsWith(i, "https://") || startsWith(i, "www.");
    }

    private int skipNonSpace(int i) {
        while (i < n && !isSpace(at(i))) {
            i++;
        }
        return i;
    }

    /** A minus sign belongs to the number when nothing number-like or word-like precedes it. */
    private boolean isSign(int i) {
        int k = i - 1;
        if (k >= 0 && !isSpace(at(k))) {
            char p = at(k);
            return p == '(' || p == '<' || p == '>' || p == '=' || p == '[';
        }
        while (k >= 0 && isSpace(at(k))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char p = at(k);
        return !(isDigit(p) || Character.isLetter(p) || p == ')' || p == '%');
    }

    private boolean digitsAt(int p, int count) {
        for (int k = 0; k < count; k++) {
            if (p + k >= n || !isDigit(at(p + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean digitAt(int p) {
        return p < n && p >= 0 && isDigit(at(p));
    }

    private int digitRun(int p) {
        int q = p;
        while (q < n && isDigit(at(q))) {
            q++;
        }
        return q;
    }

    /** The digits {@code text[from, to)} as an ASCII digit string (Arabic-Indic and other digits mapped). */
    private String ascii(int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        appendAscii(b, from, to);
        return b.toString();
    }

    private boolean startsWith(int at, String prefix) {
        if (at < 0 || at + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (at(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Appends the digits {@code text[from, to)} to {@code b} as ASCII digits. */
    private void appendAscii(StringBuilder b, int from, int to) {
        for (int k = from; k < to; k++) {
            b.append(asciiDigit(at(k)));
        }
    }

    /** A digit as its ASCII digit (Arabic-Indic and other decimal digits mapped); other chars as they are. */
    private static char asciiDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        int d = Character.digit(c, 10);
        return d >= 0 ? (char) ('0' + d) : c;
    }

    private void intAppend(char c) {
        if (intLength == intPart.length) {
            intPart = Arrays.copyOf(intPart, intLength * 2);
        }
        intPart[intLength++] = c;
    }

    private void intAppendAscii(int from, int to) {
        for (int k = from; k < to; k++) {
            intAppend(asciiDigit(at(k)));
        }
    }

    /**
     * {@code new BigDecimal(intPart + "." + frac)} (or of intPart alone), computed with a long when
     * there are at most 18 digits: same unscaled value and scale, without building the string.
     */
    private BigDecimal decimal(String frac) {
        int fracLen = frac == null ? 0 : frac.length();
        if (intLength + fracLen > 18) {
            String whole = new String(intPart, 0, intLength);
            return new BigDecimal(frac == null ? whole : whole + "." + frac);
        }
        long unscaled = 0;
        for (int k = 0; k < intLength; k++) {
            unscaled = unscaled * 10 + (intPart[k] - '0');
        }
        for (int k = 0; k < fracLen; k++) {
            unscaled = unscaled * 10 + (frac.charAt(k) - '0');
        }
        return fracLen == 0 && unscaled < SMALL.length ? SMALL[(int) unscaled] : BigDecimal.valueOf(unscaled, fracLen);
    }

    /**
     * The integers 0 to 2 999 as BigDecimals (scale 0), made once: most numerals in news are counts
     * and years below 3 000, and one shared immutable value saves an allocation per numeral.
     */
    private static final BigDecimal[] SMALL = new BigDecimal[3000];

    static {
        for (int k = 0; k < SMALL.length; k++) {
            SMALL[k] = BigDecimal.valueOf(k);
        }
    }

    /** Arabic's own thousands separator and decimal mark (٣٬٥٠٠ = 3 500; ٢٫٥ = 2.5), whatever the text's language. */
    private static final char ARABIC_THOUSANDS = '\u066C';
    private static final char ARABIC_DECIMAL = '\u066B';

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * Reads one numeral starting at digit position {@code p}; {@code tokStart} is where the token
     * starts (a minus sign or a leading decimal mark). Returns the index after the token.
     */
    private int numeral(int p, int tokStart) {
        boolean french = this.french;
        boolean ambiguous = false;
        int sepAt = digitRun(p);
        if (sepAt < n && (at(sepAt) == ',' || at(sepAt) == '.') && sepAt - p <= 3 && digitsAt(sepAt + 1, 3)
                && !digitAt(sepAt + 4) && !(sepAt + 4 < n && at(sepAt + 4) == at(sepAt) && digitAt(sepAt + 5))
                && !(sepAt - p > 1 && at(p) == '0') && !(at(sepAt) == '.' && startsWith(sepAt + 1, "000"))) {
            // "1,200" / "1.200": a thousands group in one language, a decimal sepAt in the other. The
            // words around the number decide (an English sentence quoted in a French story); "25,000"
            // is always a group; when the words do not decide, the text's language does and the
            // number is flagged.
            if (at(sepAt) == ',' && startsWith(sepAt + 1, "000") && !(sepAt - p == 1 && at(p) == '0')) {
                french = false; // decided without the words: no vote (it reads up to 600 chars)
            } else {
                int vote = Lang.vote(window, base, n, clauseStart(p), clauseEnd(sepAt + 4));
                if (vote == 0) {
                    vote = Lang.vote(window, base, n, Math.max(0, p - 2 * CONTEXT),
                            Math.min(n, sepAt + 4 + 2 * CONTEXT));
                }
                if (vote != 0) {
                    french = vote > 0;
                } else {
                    ambiguous = true;
                }
            }
        }
        boolean negative = tokStart < p && (at(tokStart) == '-' || at(tokStart) == '−');
        boolean afterIpLike = p >= 2 && (at(p - 1) == '.' || at(p - 1) == ',') && isDigit(at(p - 2));
        intLength = 0;
        String frac = null;
        int q;
        char c0 = at(p);
        if (c0 == '.' || c0 == ',') {
            int e = digitRun(p + 1);
            frac = ascii(p + 1, e);
            intAppend('0');
            q = e;
        } else {
            q = digitRun(p);
            intAppendAscii(p, q);
            int firstLen = q - p;
            // Groups of exactly three digits after one consistent separator.
            char sep = 0;
            int groups = 0;
            while (q < n && firstLen <= 3 && !(firstLen > 1 && intPart[0] == '0')) {
                char c = at(q);
                boolean candidate = c == ',' && !french || c == '.' || isGroupSpace(c) || isApostrophe(c)
                        || c == ARABIC_THOUSANDS;
                if (!candidate || !digitsAt(q + 1, 3) || digitAt(q + 4)) {
                    // Indian grouping: 12,34,567 (two-digit groups closed by a three-digit one)
                    if (c == ',' && !french && (sep == 0 || sep == ',') && digitsAt(q + 1, 2) && !digitAt(q + 3)
                            && q + 3 < n && at(q + 3) == ',' && digitsAt(q + 4, 3)) {
                        intAppendAscii(q + 1, q + 3);
                        sep = ',';
                        q += 3;
                        groups++;
                        continue;
                    }
                    break;
                }
                char cls = isGroupSpace(c) ? ' ' : isApostrophe(c) ? '\'' : c;
                if (sep != 0 && cls != sep) {
                    break;
                }
                if (cls == '.' && !french && !dotGroupingInEnglish(q)) {
                    break;
                }
                sep = cls;
                intAppendAscii(q + 1, q + 4);
                q += 4;
                groups++;
            }
            // Decimal part: the mark that is not the grouping mark, not followed by another group.
            if (q + 1 < n && !afterIpLike) {
                char c = at(q);
                boolean mark = c == ARABIC_DECIMAL || (french ? (c == ',' || (c == '.' && sep != '.'))
                        : (c == '.' && sep != '.') || (c == ',' && sep != ','));
                if (mark && digitAt(q + 1)) {
                    int e = digitRun(q + 1);
                    boolean chained = e + 1 < n && (at(e) == c) && digitAt(e + 1);
                    boolean englishCommaGroup = !french && c == ',' && sep == 0 && e - q - 1 == 3;
                    if (!chained && !englishCommaGroup) {
                        frac = ascii(q + 1, e);
                        q = e;
                    }
                }
            }
        }
        BigDecimal v = decimal(frac);
        // Scientific forms: 1e10, 12.32e+14, 1.1^23, 1.3x10^6
        if (q < n) {
            char c = at(q);
            if ((c == 'e' || c == 'E') && q + 1 < n) {
                int k = q + 1;
                boolean neg = false;
                if (at(k) == '+' || at(k) == '-') {
                    neg = at(k) == '-';
                    k++;
                }
                int e = digitRun(k);
                if (e > k && e - k <= 3 && (e >= n || !isWordChar(at(e)))) {
                    int exp = Integer.parseInt(ascii(k, e));
                    v = v.scaleByPowerOfTen(neg ? -exp : exp);
                    q = e;
                }
            } else if (c == '^') {
                int k = q + 1;
                boolean neg = false;
                while (k < n && (at(k) == '+' || at(k) == '-') && k - q < 4) {
                    if (at(k) == '-') {
                        neg = !neg;
                    }
                    k++;
                }
                int e = digitRun(k);
                if (e > k && e - k <= 3) {
                    int exp = Integer.parseInt(ascii(k, e));
                    v = power(v, neg ? -exp : exp);
                    q = e;
                }
            } else if ((c == 'x' || c == '×') && startsWith(q + 1, "10^")) {
                int k = q + 4;
                boolean neg = false;
                if (k < n && (at(k) == '+' || at(k) == '-')) {
                    neg = at(k) == '-';
                    k++;
                }
                int e = digitRun(k);
                if (e > k && e - k <= 3) {
                    int exp = Integer.parseInt(ascii(k, e));
                    v = v.scaleByPowerOfTen(neg ? -exp : exp);
                    q = e;
                }
            } else if (c == '/' && frac == null && digitAt(q + 1)) {
                // 3/4, but not dates (5/17/2018) nor phone numbers (222-2222/2222)
                int e = digitRun(q + 1);
                boolean chained = e < n && (at(e) == '/' || at(e) == '-') && digitAt(e + 1);
                boolean prevChained = tokStart > 0 && (at(tokStart - 1) == '/' || at(tokStart - 1) == '-');
                if (!chained && !prevChained && e - q - 1 <= 6) {
                    BigDecimal den = new BigDecimal(ascii(q + 1, e));
                    if (den.signum() != 0) {
                        v = v.divide(den, MC);
                        q = e;
                        out.addNumeral(tokStart, q, true, false, negative ? v.negate() : v);
                        return q;
                    }
                }
            }
        }
        out.addNumeral(tokStart, q, false, frac != null, negative ? v.negate() : v);
        if (ambiguous && q > sepAt + 1) {
            out.flagAmbiguous();
        }
        return q;
    }

    /**
     * Chars each side of an ambiguous number whose words decide its convention ({@link Lang#vote}):
     * first its clause (up to a quotation mark or a sentence end, at most this far), then twice as
     * far whatever the punctuation.
     */
    static final int CONTEXT = 100;

    private static boolean quoteMark(char c) {
        return c == '«' || c == '»' || c == '“' || c == '”' || c == '"' || c == '„';
    }

    private int clauseStart(int p) {
        int k = p;
        while (k > 0 && p - k < CONTEXT && !quoteMark(at(k - 1))
                && !((at(k - 1) == '.' || at(k - 1) == '!' || at(k - 1) == '?') && isSpace(at(k)))) {
            k--;
        }
        return k;
    }

    private int clauseEnd(int e) {
        int k = Math.min(e, n);
        while (k < n && k - e < CONTEXT && !quoteMark(at(k))
                && !((at(k) == '.' || at(k) == '!' || at(k) == '?') && (k + 1 >= n || isSpace(at(k + 1))))) {
            k++;
        }
        return k;
    }

    /** English reads "4.800" as 4.8 (reference convention) but "370.000" and "1.234.567" as groups. */
    private boolean dotGroupingInEnglish(int q) {
        if (q + 4 < n && at(q + 4) == '.' && digitsAt(q + 5, 3)) {
            return true;
        }
        if (q + 4 < n && at(q + 4) == ',' && digitAt(q + 5)) {
            return true;
        }
        return startsWith(q + 1, "000");
    }

    private static BigDecimal power(BigDecimal base, int exp) {
        double d = Math.pow(base.doubleValue(), exp);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return base;
        }
        return new BigDecimal(d, MC);
    }
}
