package org.corroborate.extraction;

import java.util.Locale;

/**
 * Normalised word strings without per-word allocation: maps a char range of the input to the
 * canonical {@code Lexicon.strip(word.toLowerCase(Locale.ROOT))} string, creating it only the
 * first time a word form is seen. News text repeats a small vocabulary, so almost every word is
 * a table hit; the shared canonical strings also keep their cached hash codes for the many
 * lexicon look-ups done per token later on.
 *
 * <p>Only words made of Latin-1 characters take the table path: for those, lower-casing and
 * accent stripping are char by char, so a 256-entry fold table gives exactly the same result.
 * Anything else (Greek final sigma, dotted capital I, combining marks) takes the original
 * {@code toLowerCase} path. One instance per extraction: not thread-safe.
 */
final class WordTable {

    /** Lower-case, accent-stripped form of every Latin-1 char, as {@code strip(toLowerCase(c))}. */
    private static final char[] FOLD = new char[256];

    static {
        for (char c = 0; c < 256; c++) {
            FOLD[c] = Lexicon.strip(String.valueOf(Character.toLowerCase(c))).charAt(0);
        }
    }

    private String[] keys = new String[4096];
    private int[] hashes = new int[4096];
    private int[] bits = new int[4096];
    private int size;
    /** {@link Cues#bitsOf} of the word returned by the last {@code norm} call. */
    private int lastBits;

    int lastBits() {
        return lastBits;
    }

    /** The folded form of a Latin-1 char; callers hash words as {@code h = 31 * h + fold(c)}. */
    static char fold(char c) {
        return FOLD[c];
    }

    /** The normalised form of {@code s[from, to)}. */
    String norm(String s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 256) {
                String norm = Lexicon.strip(s.substring(from, to).toLowerCase(Locale.ROOT));
                lastBits = Cues.bitsOf(norm);
                return norm;
            }
            h = 31 * h + FOLD[c];
        }
        return norm(s, from, to, h);
    }

    /**
     * The normalised form of the Latin-1 word {@code s[from, to)} whose fold hash the caller
     * computed while scanning it (saves a second pass over the chars).
     */
    String norm(String s, int from, int to, int h) {
        int mask = keys.length - 1;
        int slot = mix(h) & mask;
        while (true) {
            String key = keys[slot];
            if (key == null) {
                break;
            }
            if (hashes[slot] == h && foldedEquals(key, s, from, to)) {
                lastBits = bits[slot];
                return key;
            }
            slot = (slot + 1) & mask;
        }
        char[] b = new char[to - from];
        for (int k = from; k < to; k++) {
            b[k - from] = FOLD[s.charAt(k)];
        }
        String key = new String(b);
        keys[slot] = key;
        hashes[slot] = h;
        bits[slot] = Cues.bitsOf(key);
        lastBits = bits[slot];
        if (++size * 2 > keys.length) {
            grow();
        }
        return key;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    private static boolean foldedEquals(String key, String s, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (key.charAt(k - from) != FOLD[s.charAt(k)]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldBits = bits;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        bits = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                bits[slot] = oldBits[i];
            }
        }
    }
}
