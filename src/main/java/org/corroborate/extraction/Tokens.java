package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tokens of a text as parallel arrays, filled by the {@link Lexer}: token {@code i} is
 * {@code [start(i), end(i))} of the text, of a {@link Token.Type}, with its normalised form, its value
 * (numerals) and its cue bits. The readers work on indices into these arrays.
 *
 * <p>Why arrays and not one object per token: a megabyte of news has some 200 000 tokens, and the
 * readers look at each of them several times (numbers, periods, vague amounts, attributions).
 * Parallel arrays cost no allocation per token and keep every pass over them a plain indexed
 * load. {@link #asList()} gives {@link Token} objects for the code that is not on that hot path
 * (the Recognizers-Text models of {@link NumberRecognizer} and the {@link RangeReader}).
 *
 * <p>Cue bits: words carry their {@link Cues#bitsOf}, numerals {@link Cues#NUMERAL_TOKEN},
 * symbols 0, so the whole-text passes test one int per token.
 */
final class Tokens {

    private static final int WORD = 0;
    private static final int NUMERAL = 1;
    private static final int SYMBOL = 2;
    private static final Token.Type[] TYPES = {Token.Type.WORD, Token.Type.NUMERAL, Token.Type.SYMBOL};

    private int size;
    /** Start (low 32 bits) and end (high 32 bits) of each token: one store per token. */
    private long[] span;
    /**
     * The type (low two bits) and, above it, the id ({@link WordTable#normOf}) of the token's
     * normalised form: words: the normalised word; numerals: "int", "dec" or "/"; symbols: the
     * char as a string.
     */
    private int[] kindAndNorm;
    private int[] cues;
    private final WordTable words;
    private final int intId;
    private final int decId;
    private final int fractionId;
    /** Numerals only: the value. */
    private BigDecimal[] value;
    /** Symbols only: the char (every symbol token is one char). */
    private char[] symbol;
    /**
     * The cue bits that the whole-text passes look for ({@link #MARKED}), and the indexes of the
     * tokens that have any of them, in order: those passes walk this short list instead of every
     * token.
     */
    static final int MARKED = Cues.NUMERAL_TOKEN | Cues.STARTS_NUMBER_EN | Cues.STARTS_NUMBER_FR | Cues.VAGUE_WORD
            | Cues.PERIOD_STARTER | Cues.SENTENCE_KIND | Cues.SHARE_WORD;
    private int[] marked;
    private int markedSize;
    /**
     * Token-sized int arrays of the readers ({@link #sentenceOfArray}, {@link #numAtArray}), reused
     * from chunk to chunk like the token arrays: allocating them per chunk cost their zeroing and,
     * being fresh memory, a cache miss per store.
     */
    private int[] sentenceOf = new int[0];
    /**
     * The sentences the tokens are numbered by as they are added ({@link #numberBy}), or null: then a reader numbers
     * them itself. Numbering a token while its start is at hand spares a pass over all the tokens afterwards.
     */
    private SentenceBounds sentences;
    /** The sentence of the last token added, and where it ends. */
    private int sentence;
    private int sentenceEnd;
    private int[] numAt = new int[0];
    /** How many leading entries of {@link #numAt} the last reader may have set. */
    private int numAtUsed;

    /** @param words the dictionary of the norms (shared by the chunks of one text) */
    Tokens(int capacity, WordTable words) {
        this.words = words;
        intId = words.idOf("int");
        decId = words.idOf("dec");
        fractionId = words.idOf("/");
        int c = Math.max(capacity, 16);
        span = new long[c];
        kindAndNorm = new int[c];
        cues = new int[c];
        value = new BigDecimal[c];
        symbol = new char[c];
        marked = new int[Math.max(64, c / 4)];
    }

    /**
     * An array of at least {@link #size()} ints for the token → sentence map of a reader; its
     * contents are left from the last chunk (the reader sets every entry below {@link #size()}).
     */
    int[] sentenceOfArray() {
        if (sentenceOf.length < size) {
            sentenceOf = new int[span.length];
        }
        return sentenceOf;
    }

    /**
     * Numbers the tokens added from the next {@link #clear} on by these sentences (token → sentence index, in
     * {@link #sentenceOfArray}), as a reader would: each token in the first sentence that does not end at or before
     * its start (the last one past the end).
     */
    void numberBy(SentenceBounds sentences) {
        this.sentences = sentences;
        if (sentenceOf.length < span.length) {
            sentenceOf = new int[span.length];
        }
    }

    /** Whether the tokens were numbered by these very sentences (see {@link #numberBy}). */
    boolean numberedBy(SentenceBounds sentences) {
        return this.sentences == sentences;
    }

    private void number(int k, int from) {
        if (sentences != null) {
            while (sentence + 1 < sentences.size() && from >= sentenceEnd) {
                sentence++;
                sentenceEnd = sentences.end(sentence);
            }
            sentenceOf[k] = sentence;
        }
    }

    /** An array of at least {@link #size()} ints, all zero (for a map of the tokens where something starts). */
    int[] numAtArray() {
        if (numAt.length < size) {
            numAt = new int[span.length];
        } else {
            Arrays.fill(numAt, 0, numAtUsed, 0);
        }
        numAtUsed = size;
        return numAt;
    }

    /** Empties the tokens, keeping the arrays for the next chunk of the text. */
    void clear() {
        size = 0;
        markedSize = 0;
        sentence = 0;
        sentenceEnd = sentences == null || sentences.isEmpty() ? 0 : sentences.end(0);
    }

    private void mark(int k) {
        if (markedSize == marked.length) {
            marked = Arrays.copyOf(marked, markedSize * 2);
        }
        marked[markedSize++] = k;
    }

    /** How many tokens have a {@link #MARKED} cue bit. */
    int markedSize() {
        return markedSize;
    }

    /** The index of the m-th token with a {@link #MARKED} cue bit. */
    int marked(int m) {
        return marked[m];
    }

    /** The dictionary of the norms. */
    WordTable words() {
        return words;
    }

    private int next() {
        if (size == span.length) {
            int c = size * 2;
            span = Arrays.copyOf(span, c);
            kindAndNorm = Arrays.copyOf(kindAndNorm, c);
            cues = Arrays.copyOf(cues, c);
            value = Arrays.copyOf(value, c);
            symbol = Arrays.copyOf(symbol, c);
            if (sentences != null) {
                sentenceOf = Arrays.copyOf(sentenceOf, c);
            }
        }
        return size++;
    }

    private static long span(int from, int to) {
        return (long) to << 32 | from & 0xFFFFFFFFL;
    }

    /** Adds a word whose norm has the id {@code normId} and the cue bits {@code bits}. */
    void addWord(int from, int to, int normId, int bits) {
        int k = next();
        span[k] = span(from, to);
        kindAndNorm[k] = normId << 2 | WORD;
        number(k, from);
        cues[k] = bits;
        if ((bits & MARKED) != 0) {
            mark(k);
        }
    }

    /** Adds a numeral: {@code fraction} for "3/4" and vulgar fractions, else an integer or a decimal. */
    void addNumeral(int from, int to, boolean fraction, boolean decimal, BigDecimal v) {
        int k = next();
        span[k] = span(from, to);
        kindAndNorm[k] = (fraction ? fractionId : decimal ? decId : intId) << 2 | NUMERAL;
        number(k, from);
        value[k] = v;
        cues[k] = Cues.NUMERAL_TOKEN;
        mark(k);
    }

    /**
     * Marks the numeral just added as read with a decimal mark its words could not decide
     * ("1,200" or "1.200" with no French or English words around it): {@link Cues#AMBIGUOUS_NUMBER}.
     */
    void flagAmbiguous() {
        cues[size() - 1] |= Cues.AMBIGUOUS_NUMBER;
    }

    void addSymbol(int at, char c) {
        int k = next();
        span[k] = span(at, at + 1);
        kindAndNorm[k] = words.symbolId(c) << 2 | SYMBOL;
        number(k, at);
        symbol[k] = c;
        cues[k] = 0;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return (int) span[i];
    }

    int end(int i) {
        return (int) (span[i] >>> 32);
    }

    String norm(int i) {
        return words.normOf(kindAndNorm[i] >>> 2);
    }

    /** The value of a numeral; null for other tokens (the arrays are reused: only numerals set it). */
    BigDecimal value(int i) {
        return isNumeral(i) ? value[i] : null;
    }

    int cues(int i) {
        return cues[i];
    }

    Token.Type type(int i) {
        return TYPES[kindAndNorm[i] & 3];
    }

    boolean isWord(int i) {
        return (kindAndNorm[i] & 3) == WORD;
    }

    boolean isNumeral(int i) {
        return (kindAndNorm[i] & 3) == NUMERAL;
    }

    boolean isSymbol(int i) {
        return (kindAndNorm[i] & 3) == SYMBOL;
    }

    /** The char of symbol token i. */
    char symbol(int i) {
        return symbol[i];
    }

    boolean isSymbol(int i, char c) {
        return isSymbol(i) && symbol[i] == c;
    }

    /** True when token i is the word {@code w} (a string literal, see {@link #same}). */
    boolean is(int i, String w) {
        return isWord(i) && same(norm(i), w);
    }

    /**
     * {@code norm.equals(word)} for a token's norm and a string literal (or any interned string),
     * by identity: norms are interned ({@link WordTable#idOf}), like literals. The readers compare
     * norms with literals at every figure, and most of those comparisons fail: identity answers
     * them without reading either string.
     */
    static boolean same(String norm, String word) {
        assert word == word.intern() && norm == norm.intern() : "not interned: " + norm + ", " + word;
        return norm == word;
    }

    /** The {@link Cues#classesOf classes} of token i's norm (whatever its type). */
    int classes(int i) {
        return words.classes(kindAndNorm[i] >>> 2);
    }

    /** True when token i's norm is in one of the lists of these {@link Cues#classesOf classes}. */
    boolean hasClass(int i, int classes) {
        return (classes(i) & classes) != 0;
    }

    /** True when token i is a word in the cue lists flagged by {@code bits}. */
    boolean hasCue(int i, int bits) {
        return (cues[i] & bits) != 0;
    }

    /** The raw cue array (length at least {@link #size()}), for passes over every token. */
    int[] cueArray() {
        return cues;
    }

    /** Token i as an object. */
    Token get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return new Token(type(i), start(i), end(i), norm(i), value(i), isWord(i) ? cues[i] : 0);
    }

    /** The tokens as a list of objects, made on access (for the code off the hot path). */
    List<Token> asList() {
        return new View();
    }

    private final class View extends AbstractList<Token> implements RandomAccess {
        @Override
        public Token get(int index) {
            return Tokens.this.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
