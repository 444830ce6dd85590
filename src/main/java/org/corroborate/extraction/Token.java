package org.corroborate.extraction;

import java.math.BigDecimal;

/**
 * One lexical unit of the input. Words are kept lower-cased in {@code norm} so the lexicons can
 * be plain string sets; offsets always point into the original text.
 */
record Token(Type type, int start, int end, String norm, BigDecimal value) {

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
