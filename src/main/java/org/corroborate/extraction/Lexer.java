package org.corroborate.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
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

    private final String s;
    private final boolean french;
    private final List<Token> out;
    private final int n;
    /** Tokens start in [from, to); look-ahead and look-back still see the whole text. */
    private final int from;
    private final int to;
    private final WordTable words;
    /** Cue bits of each token of {@code out}, see {@link Tokens}. */
    private int[] cues = new int[1024];

    /**
     * The tokens, and beside them the cue bits of each one in a plain int array (words: their
     * {@link Cues#bitsOf}; numerals: {@link Cues#NUMERAL_TOKEN}; symbols: 0). The passes that
     * look at every token for a cue read this dense array instead of loading every token object.
     */
    record Tokens(List<Token> list, int[] cues) {
    }

    private Lexer(String s, int from, int to, Locale lang, WordTable words) {
        this.s = s;
        this.n = s.length();
        this.from = from;
        this.to = to;
        this.out = new PagedList<>(); // not one big array: see PagedList
        this.french = Lang.isFrench(lang);
        this.words = words;
    }

    static List<Token> tokenize(String text, Locale lang) {
        return tokenize(text, 0, text.length(), lang, new WordTable());
    }

    /**
     * The tokens starting in {@code [from, to)} of {@code text}, offsets into the whole text. A
     * token starting before {@code to} may end after it, and the char tests around a token read
     * the whole text, so tokenising a range from a point where the whole-text pass is between
     * tokens gives exactly the whole-text tokens of that range. {@code words} may be shared by
     * the ranges of one text.
     */
    static List<Token> tokenize(String text, int from, int to, Locale lang, WordTable words) {
        return lex(text, from, to, lang, words).list();
    }

    /** {@link #tokenize(String, int, int, Locale, WordTable)} with the cue bits of the tokens. */
    static Tokens lex(String text, int from, int to, Locale lang, WordTable words) {
        Lexer lx = new Lexer(text, from, to, lang, words);
        lx.run();
        return new Tokens(lx.out, lx.cues);
    }

    private void add(Token tok, int bits) {
        int k = out.size();
        if (k == cues.length) {
            cues = java.util.Arrays.copyOf(cues, k * 2);
        }
        cues[k] = bits;
        out.add(tok);
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

    /** Shared one-char strings for Latin-1 symbols: punctuation is a good part of all tokens. */
    private static final String[] SYMBOLS = new String[256];

    static {
        for (char c = 0; c < 256; c++) {
            SYMBOLS[c] = String.valueOf(c);
        }
    }

    private static String symbol(char c) {
        return c < 256 ? SYMBOLS[c] : String.valueOf(c);
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
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isUrlStart(i)) {
                i = skipNonSpace(i);
            } else if (isDigit(c)) {
                i = numeral(i, i);
            } else if ((c == '-' || c == '−') && isSign(i)) {
                int j = i + 1;
                while (j < n && isGroupSpace(s.charAt(j)) && j - i < 4) {
                    j++;
                }
                if (j < n && isDigit(s.charAt(j))) {
                    i = numeral(j, i);
                } else {
                    add(new Token(Token.Type.SYMBOL, i, i + 1, symbol(c), null), 0);
                    i++;
                }
            } else if (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)) && (i == 0 || isSpace(s.charAt(i - 1)))) {
                i = numeral(i, i); // ".08", French ",08" below
            } else if (c == ',' && french && i + 1 < n && isDigit(s.charAt(i + 1)) && (i == 0 || isSpace(s.charAt(i - 1)))) {
                i = numeral(i, i);
            } else if (c >= '\u00BC' && VULGAR.indexOf(c) >= 0) { // all vulgar fractions are at or above ¼
                int k = VULGAR.indexOf(c);
                BigDecimal v = BigDecimal.valueOf(VULGAR_NUM[k]).divide(BigDecimal.valueOf(VULGAR_DEN[k]), MC);
                add(new Token(Token.Type.NUMERAL, i, i + 1, "/", v), Cues.NUMERAL_TOKEN);
                i++;
            } else if (isWordChar(c)) {
                // One pass finds the word's end and hashes its folded chars for the word table.
                int j = i;
                int h = 0;
                boolean latin1 = true;
                while (j < n) {
                    char cj = s.charAt(j);
                    if (!continuesWord(cj)) {
                        break;
                    }
                    if (cj < 256) {
                        h = 31 * h + WordTable.fold(cj);
                    } else {
                        latin1 = false;
                    }
                    j++;
                }
                String norm = latin1 ? words.norm(s, i, j, h) : words.norm(s, i, j);
                add(new Token(Token.Type.WORD, i, j, norm, null, words.lastBits()), words.lastBits());
                i = j;
            } else {
                add(new Token(Token.Type.SYMBOL, i, i + 1, symbol(c), null), 0);
                i++;
            }
        }
    }

    private boolean isUrlStart(int i) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'w') {
            return false; // cheap reject before the look-behind and the three prefix tests
        }
        if (i > 0 && !isSpace(s.charAt(i - 1)) && s.charAt(i - 1) != '(') {
            return false;
        }
        return s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i);
    }

    private int skipNonSpace(int i) {
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A minus sign belongs to the number when nothing number-like or word-like precedes it. */
    private boolean isSign(int i) {
        int k = i - 1;
        if (k >= 0 && !isSpace(s.charAt(k))) {
            char p = s.charAt(k);
            return p == '(' || p == '<' || p == '>' || p == '=' || p == '[';
        }
        while (k >= 0 && isSpace(s.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char p = s.charAt(k);
        return !(isDigit(p) || Character.isLetter(p) || p == ')' || p == '%');
    }

    private boolean digitsAt(int p, int count) {
        for (int k = 0; k < count; k++) {
            if (p + k >= n || !isDigit(s.charAt(p + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean digitAt(int p) {
        return p < n && p >= 0 && isDigit(s.charAt(p));
    }

    private int digitRun(int p) {
        int q = p;
        while (q < n && isDigit(s.charAt(q))) {
            q++;
        }
        return q;
    }

    private static String ascii(CharSequence digits) {
        StringBuilder b = new StringBuilder(digits.length());
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            int d = Character.digit(c, 10);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }

    /** Appends the digits {@code s[from, to)} as ASCII digits, without a substring. */
    private void appendAscii(StringBuilder b, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            int d = Character.digit(c, 10);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
    }

    /**
     * {@code new BigDecimal(intPart + "." + frac)} (or of intPart alone), computed with a long when
     * there are at most 18 digits: same unscaled value and scale, without building the string.
     */
    private static BigDecimal decimal(CharSequence intPart, String frac) {
        int fracLen = frac == null ? 0 : frac.length();
        if (intPart.length() + fracLen > 18) {
            return new BigDecimal(frac == null ? intPart.toString() : intPart + "." + frac);
        }
        long unscaled = 0;
        for (int k = 0; k < intPart.length(); k++) {
            unscaled = unscaled * 10 + (intPart.charAt(k) - '0');
        }
        for (int k = 0; k < fracLen; k++) {
            unscaled = unscaled * 10 + (frac.charAt(k) - '0');
        }
        return BigDecimal.valueOf(unscaled, fracLen);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * Reads one numeral starting at digit position {@code p}; {@code tokStart} is where the token
     * starts (a minus sign or a leading decimal mark). Returns the index after the token.
     */
    private int numeral(int p, int tokStart) {
        boolean negative = tokStart < p && (s.charAt(tokStart) == '-' || s.charAt(tokStart) == '−');
        boolean afterIpLike = p >= 2 && (s.charAt(p - 1) == '.' || s.charAt(p - 1) == ',') && isDigit(s.charAt(p - 2));
        StringBuilder intPart = new StringBuilder();
        String frac = null;
        int q;
        char c0 = s.charAt(p);
        if (c0 == '.' || c0 == ',') {
            int e = digitRun(p + 1);
            frac = ascii(s.substring(p + 1, e));
            intPart.append('0');
            q = e;
        } else {
            q = digitRun(p);
            appendAscii(intPart, p, q);
            int firstLen = q - p;
            // Groups of exactly three digits after one consistent separator.
            char sep = 0;
            int groups = 0;
            while (q < n && firstLen <= 3 && !(firstLen > 1 && intPart.charAt(0) == '0')) {
                char c = s.charAt(q);
                boolean candidate = c == ',' && !french || c == '.' || isGroupSpace(c) || isApostrophe(c);
                if (!candidate || !digitsAt(q + 1, 3) || digitAt(q + 4)) {
                    // Indian grouping: 12,34,567 (two-digit groups closed by a three-digit one)
                    if (c == ',' && !french && (sep == 0 || sep == ',') && digitsAt(q + 1, 2) && !digitAt(q + 3)
                            && q + 3 < n && s.charAt(q + 3) == ',' && digitsAt(q + 4, 3)) {
                        appendAscii(intPart, q + 1, q + 3);
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
                appendAscii(intPart, q + 1, q + 4);
                q += 4;
                groups++;
            }
            // Decimal part: the mark that is not the grouping mark, not followed by another group.
            if (q + 1 < n && !afterIpLike) {
                char c = s.charAt(q);
                boolean mark = french ? (c == ',' || (c == '.' && sep != '.')) : (c == '.' && sep != '.') || (c == ',' && sep != ',');
                if (mark && digitAt(q + 1)) {
                    int e = digitRun(q + 1);
                    boolean chained = e + 1 < n && (s.charAt(e) == c) && digitAt(e + 1);
                    boolean englishCommaGroup = !french && c == ',' && sep == 0 && e - q - 1 == 3;
                    if (!chained && !englishCommaGroup) {
                        frac = ascii(s.substring(q + 1, e));
                        q = e;
                    }
                }
            }
        }
        BigDecimal v = decimal(intPart, frac);
        // Scientific forms: 1e10, 12.32e+14, 1.1^23, 1.3x10^6
        if (q < n) {
            char c = s.charAt(q);
            if ((c == 'e' || c == 'E') && q + 1 < n) {
                int k = q + 1;
                boolean neg = false;
                if (s.charAt(k) == '+' || s.charAt(k) == '-') {
                    neg = s.charAt(k) == '-';
                    k++;
                }
                int e = digitRun(k);
                if (e > k && e - k <= 3 && (e >= n || !isWordChar(s.charAt(e)))) {
                    int exp = Integer.parseInt(ascii(s.substring(k, e)));
                    v = v.scaleByPowerOfTen(neg ? -exp : exp);
                    q = e;
                }
            } else if (c == '^') {
                int k = q + 1;
                boolean neg = false;
                while (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-') && k - q < 4) {
                    if (s.charAt(k) == '-') {
                        neg = !neg;
                    }
                    k++;
                }
                int e = digitRun(k);
                if (e > k && e - k <= 3) {
                    int exp = Integer.parseInt(ascii(s.substring(k, e)));
                    v = power(v, neg ? -exp : exp);
                    q = e;
                }
            } else if ((c == 'x' || c == '×') && s.startsWith("10^", q + 1)) {
                int k = q + 4;
                boolean neg = false;
                if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                    neg = s.charAt(k) == '-';
                    k++;
                }
                int e = digitRun(k);
                if (e > k && e - k <= 3) {
                    int exp = Integer.parseInt(ascii(s.substring(k, e)));
                    v = v.scaleByPowerOfTen(neg ? -exp : exp);
                    q = e;
                }
            } else if (c == '/' && frac == null && digitAt(q + 1)) {
                // 3/4, but not dates (5/17/2018) nor phone numbers (222-2222/2222)
                int e = digitRun(q + 1);
                boolean chained = e < n && (s.charAt(e) == '/' || s.charAt(e) == '-') && digitAt(e + 1);
                boolean prevChained = tokStart > 0 && (s.charAt(tokStart - 1) == '/' || s.charAt(tokStart - 1) == '-');
                if (!chained && !prevChained && e - q - 1 <= 6) {
                    BigDecimal den = new BigDecimal(ascii(s.substring(q + 1, e)));
                    if (den.signum() != 0) {
                        v = v.divide(den, MC);
                        q = e;
                        add(new Token(Token.Type.NUMERAL, tokStart, q, "/", negative ? v.negate() : v),
                                Cues.NUMERAL_TOKEN);
                        return q;
                    }
                }
            }
        }
        add(new Token(Token.Type.NUMERAL, tokStart, q, frac == null ? "int" : "dec", negative ? v.negate() : v),
                Cues.NUMERAL_TOKEN);
        return q;
    }

    /** English reads "4.800" as 4.8 (reference convention) but "370.000" and "1.234.567" as groups. */
    private boolean dotGroupingInEnglish(int q) {
        if (q + 4 < n && s.charAt(q + 4) == '.' && digitsAt(q + 5, 3)) {
            return true;
        }
        if (q + 4 < n && s.charAt(q + 4) == ',' && digitAt(q + 5)) {
            return true;
        }
        return s.startsWith("000", q + 1);
    }

    private static BigDecimal power(BigDecimal base, int exp) {
        double d = Math.pow(base.doubleValue(), exp);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return base;
        }
        return new BigDecimal(d, MC);
    }
}
