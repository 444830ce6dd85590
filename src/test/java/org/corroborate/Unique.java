package org.corroborate;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A token no other test run uses, made of letters only so that the extraction engine reads no number in it and a
 * domain name may hold it. Always {@link #LENGTH} letters long: a token cut from a UUID's letters was sometimes too
 * short (a UUID may hold fewer than six of a–f).
 */
public final class Unique {

    /** 26^12 tokens: two runs' tokens meet with a chance far below one in a billion. */
    public static final int LENGTH = 12;

    private Unique() {
    }

    /** Twelve lower-case letters a–z. */
    public static String letters() {
        return letters(LENGTH);
    }

    /** {@code length} lower-case letters a–z. */
    public static String letters(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] token = new char[length];
        for (int i = 0; i < length; i++) {
            token[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(token);
    }
}
