package org.corroborate.extraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Normalised words without per-word allocation: maps a char range of the input to the id of its
 * norm, {@code TextNormaliser.foldWord(word.toLowerCase(Locale.ROOT))} ({@link #normOf}), with the norm's cue
 * bits ({@link #lastBits}); the norm string is made only the first time a word form is seen. News
 * text repeats a small vocabulary, so almost every word is a table hit; the shared, interned norm
 * strings also keep their cached hash codes for the lexicon look-ups done later on.
 *
 * <p>Built for the hit, which every word of a text pays: the table is keyed by the word as
 * written ("Le" and "le" are two keys with one norm), and a key of up to eight chars (most
 * words) is compared as one long; slots are 16 bytes, so that a text's vocabulary stays in the
 * processor's fastest caches.
 *
 * <p>Only words made of Latin-1 characters take the table path: for those, lower-casing and
 * accent stripping are char by char, so a 256-entry fold table gives exactly the same result.
 * Anything else (Greek final sigma, dotted capital I, combining marks) takes the original
 * {@code toLowerCase} path. One instance per extraction: not thread-safe.
 */
final class WordTable {

    /** Lower-case, accent-stripped form of every Latin-1 char, as {@link TextNormaliser#foldChar}. */
    private static final char[] FOLD = new char[256];

    static {
        for (char c = 0; c < 256; c++) {
            FOLD[c] = TextNormaliser.foldChar(c);
        }
    }

    private static final int PACKED_LOW = 0;
    private static final int PACKED_HIGH = 1;
    private static final int LENGTH = 2;
    private static final int NORM = 3;
    /** Ints per slot (a power of two). */
    private static final int SHIFT = 2;

    /**
     * Four ints per slot, 16 bytes, so that the slots of a news text's vocabulary stay in the
     * processor's fastest caches: the key's last eight chars packed into a long (see {@link #pack}),
     * its length (0 = empty slot) and its norm id. Where the key's chars start in the pool, used
     * for long words only, is beside it; the hash is derived from the packed form and length.
     */
    private int[] slots = new int[1024 << SHIFT];
    private int[] keyAt = new int[1024];
    private int size;
    /** The raw keys' chars, one after another (compared for keys longer than eight chars). */
    private char[] pool = new char[16384];
    private int poolSize;
    /**
     * The norms by id: tokens keep a norm as an int id into this dictionary rather than a
     * reference (a reference store per token costs the garbage collector's write barrier).
     * Every distinct norm has one id, shared by the raw forms that fold to it.
     */
    private String[] dictionary = new String[1024];
    private int dictionarySize;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Ids of the Latin-1 symbol strings, 0 until first seen (ids are stored plus one). */
    private final int[] symbolIds = new int[256];
    /** {@link Cues#bitsOf} of each norm, by id. */
    private int[] bitsById = new int[1024];
    /** {@link Cues#classesOf} of each norm, by id (computed when the norm is registered). */
    private int[] classesById = new int[1024];
    /** {@link Cues#bitsOf} of the word returned by the last {@code norm} call. */
    private int lastBits;

    int lastBits() {
        return lastBits;
    }

    /** {@link Cues#classesOf} of the norm with this id. */
    int classes(int id) {
        return classesById[id];
    }

    /** The norm with this id. */
    String normOf(int id) {
        return dictionary[id];
    }

    /**
     * The id of a norm, registered on first use. Registered norms are interned, like the string
     * literals the readers compare them with, so that {@link Tokens#same} can compare by identity.
     */
    int idOf(String norm) {
        Integer id = ids.get(norm);
        if (id != null) {
            return id;
        }
        if (dictionarySize == dictionary.length) {
            dictionary = Arrays.copyOf(dictionary, dictionarySize * 2);
        }
        dictionary[dictionarySize] = norm.intern();
        if (dictionarySize == bitsById.length) {
            bitsById = Arrays.copyOf(bitsById, dictionarySize * 2);
        }
        bitsById[dictionarySize] = -1; // computed when a word first needs it
        if (dictionarySize == classesById.length) {
            classesById = Arrays.copyOf(classesById, dictionarySize * 2);
        }
        classesById[dictionarySize] = Cues.classesOf(norm);
        ids.put(norm, dictionarySize);
        return dictionarySize++;
    }

    /** The id of the one-char norm of a symbol token. */
    int symbolId(char c) {
        if (c >= 256) {
            return idOf(String.valueOf(c));
        }
        if (symbolIds[c] == 0) {
            symbolIds[c] = idOf(String.valueOf(c)) + 1;
        }
        return symbolIds[c] - 1;
    }

    /**
     * Adds a Latin-1 char to a word's packed form: the last eight chars of the word, eight bits
     * each. Words of up to eight chars (most words) are equal exactly when their lengths and packed
     * forms are; longer ones also compare their first chars.
     */
    static long pack(long packed, char c) {
        return packed << 8 | c;
    }

    /** The id of the normalised form of {@code cs[from, to)}. */
    int norm(char[] cs, int from, int to) {
        long packed = 0;
        for (int k = from; k < to; k++) {
            char c = cs[k];
            if (c >= 256) {
                String norm = TextNormaliser.foldWord(new String(cs, from, to - from).toLowerCase(Locale.ROOT));
                lastBits = Cues.bitsOf(norm);
                return idOf(norm);
            }
            packed = pack(packed, c);
        }
        return norm(cs, from, to, packed);
    }

    /**
     * The id of the normalised form of the Latin-1 word {@code cs[from, to)} whose {@link #pack
     * packed} form (of its chars as written) the caller computed while scanning it.
     */
    int norm(char[] cs, int from, int to, long packed) {
        int mask = keyAt.length - 1;
        int length = to - from;
        int low = (int) packed;
        int high = (int) (packed >>> 32);
        int slot = hash(packed, length) & mask;
        while (true) {
            int m = slot << SHIFT;
            int len = slots[m + LENGTH];
            if (len == 0) {
                break;
            }
            if (slots[m + PACKED_LOW] == low && slots[m + PACKED_HIGH] == high && len == length
                    && (length <= 8 || samePoolChars(keyAt[slot], cs, from, length - 8))) {
                int norm = slots[m + NORM];
                lastBits = bitsById[norm];
                return norm;
            }
            slot = (slot + 1) & mask;
        }
        char[] foldedChars = new char[length];
        for (int k = from; k < to; k++) {
            foldedChars[k - from] = FOLD[cs[k]];
        }
        int norm = idOf(new String(foldedChars));
        if (bitsById[norm] < 0) {
            bitsById[norm] = Cues.bitsOf(dictionary[norm]);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(cs, from, pool, poolSize, length);
        int m = slot << SHIFT;
        slots[m + PACKED_LOW] = low;
        slots[m + PACKED_HIGH] = high;
        slots[m + LENGTH] = length;
        slots[m + NORM] = norm;
        keyAt[slot] = poolSize;
        poolSize += length;
        lastBits = bitsById[norm];
        if (++size * 2 > keyAt.length) {
            grow();
        }
        return norm;
    }

    private boolean samePoolChars(int at, char[] cs, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (pool[at + k] != cs[from + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A key's hash, from its packed form and length: the packed form is the whole key for words
     * of up to eight chars; longer words that end alike share a hash, and the probe tells them apart.
     */
    private static int hash(long packed, int length) {
        long x = (packed ^ (long) length << 58) * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 32) ^ (int) x;
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldAt = keyAt;
        int capacity = oldAt.length * 2;
        slots = new int[capacity << SHIFT];
        keyAt = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldAt.length; i++) {
            int m = i << SHIFT;
            if (oldSlots[m + LENGTH] != 0) {
                long packed = (long) oldSlots[m + PACKED_HIGH] << 32 | oldSlots[m + PACKED_LOW] & 0xFFFFFFFFL;
                int slot = hash(packed, oldSlots[m + LENGTH]) & mask;
                while (slots[(slot << SHIFT) + LENGTH] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(oldSlots, m, slots, slot << SHIFT, 1 << SHIFT);
                keyAt[slot] = oldAt[i];
            }
        }
    }
}
