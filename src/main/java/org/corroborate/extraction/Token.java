package org.corroborate.extraction;

import java.math.BigDecimal;

/**
 * One lexical unit of the input as an object, made on demand by {@link Tokens#get} for the code
 * off the hot path (the hot path reads the {@link Tokens} arrays). Words are kept lower-cased and
 * accent-free in {@code norm} so the lexicons can be plain string sets; offsets always point into
 * the original text. {@code cues}: for words, which of the per-token word lists the norm belongs
 * to ({@link Cues#bitsOf}); 0 for numerals and symbols.
 */
record Token(Type type, int start, int end, String norm, BigDecimal value, int cues) {

    /** True when the word is in the cue lists flagged by {@code bits} (see {@link Cues#bitsOf}). */
    boolean hasCue(int bits) {
        return (cues & bits) != 0;
    }

    enum Type { WORD, NUMERAL, SYMBOL }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumeral() {
        return type == Type.NUMERAL;
    }

    boolean isSymbol(char c) {
        return type == Type.SYMBOL && norm.length() == 1 && norm.charAt(0) == c;
    }

    boolean is(String word) {
        return type == Type.WORD && norm.equals(word);
    }
}
