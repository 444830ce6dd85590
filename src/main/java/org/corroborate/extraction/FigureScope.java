package org.corroborate.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which parts of a text can hold a figure, found by a cheap character scan before tokenising, so
 * that figure extraction only tokenises and analyses those parts (plus some context around them).
 *
 * <p>The text is cut into <em>chunks</em>: runs of whole sentences, cut only at a sentence start
 * where the lexer is certainly between tokens (a line break before it, or a space right after the
 * sentence mark; not "?id=5" inside a URL). Lexing a chunk on its own then gives exactly the
 * tokens a lexer over the whole text gives for that range.
 *
 * <p>A chunk is <em>live</em> when it contains a trigger: a digit (any script), a vulgar fraction,
 * or a word that every figure needs at least one of: a number word other than "un", "une", "one",
 * a fraction word, "half", "quarter", "minus", a vague or approximate noun ("milliers",
 * "quarantaine"). The only numbers built without such a word are "un", "une", "one" alone (never a
 * figure) and forms like "un sur un", "one point one": so "un"/"une"/"one" directly followed by a
 * joining word also count as a trigger. A chunk without a trigger cannot yield a figure.
 */
final class FigureScope {

    /** Words that can make a figure (accent-free lower case, as token norms). */
    private static final Set<String> TRIGGERS = new HashSet<>();
    /** Number words too common to be triggers alone: only before a {@link #JOINERS} word. */
    private static final Set<String> ONES = Set.of("un", "une", "one");
    private static final Set<String> JOINERS = Set.of("sur", "over", "out", "in", "point", "virgule", "et", "and");
    /**
     * Fast filter before the exact look-up: bit {@code length} of {@code LENGTHS[key(first, second)]}
     * is set when some trigger, one or joiner word of that length starts with those two folded chars.
     */
    private static final long[] LENGTHS = new long[32 * 32];

    static {
        for (String w : Lexicon.cardinalWords()) {
            if (!ONES.contains(w)) {
                TRIGGERS.add(w);
            }
        }
        // Fraction words; "first" and "second" only combine with a tens word, itself a trigger.
        for (String w : Lexicon.ordinalWords()) {
            if (!Set.of("first", "firsts", "second", "seconds").contains(w)) {
                TRIGGERS.add(w);
            }
        }
        TRIGGERS.addAll(Set.of("half", "quarter", "minus", "negative"));
        TRIGGERS.addAll(Cues.VAGUE.keySet());
        TRIGGERS.addAll(Cues.APPROX_NOUNS.keySet());
        for (Set<String> words : List.of(TRIGGERS, ONES, JOINERS)) {
            for (String w : words) {
                LENGTHS[key(w.charAt(0), w.length() > 1 ? w.charAt(1) : 0)] |= 1L << Math.min(w.length(), 63);
            }
        }
    }

    /** Sentences chunks hold at least this many tokens of context around a live chunk. */
    static final int CONTEXT_TOKENS = 16;

    private FigureScope() {
    }

    private static int key(char first, char second) {
        return (first & 31) * 32 + (second & 31);
    }

    /**
     * Chunk starts: {@code starts[c]} is where chunk c begins; chunk c ends where chunk c + 1 begins
     * (the last one at the end of the text). Chunks cover the whole text.
     */
    static int[] chunkStarts(String s, List<int[]> sentences) {
        int[] starts = new int[sentences.size() + 1];
        int count = 0;
        starts[count++] = 0;
        for (int[] sentence : sentences) {
            int b = sentence[0];
            if (b > starts[count - 1] && (Lexer.isSpace(s.charAt(b - 1)) || b < s.length() && Lexer.isSpace(s.charAt(b)))) {
                starts[count++] = b;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** For each chunk, whether it has a trigger (see the class comment). */
    static boolean[] live(String s, int[] starts) {
        boolean[] live = new boolean[starts.length];
        int n = s.length();
        int chunk = 0;
        int pendingOne = -1; // end of an "un"/"une"/"one" word, while only spaces follow it
        int oneChunk = -1;
        int i = 0;
        while (i < n) {
            while (chunk + 1 < starts.length && i >= starts[chunk + 1]) {
                chunk++;
            }
            char c = s.charAt(i);
            if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c) || c >= '\u00BC' && Lexer.isVulgarFraction(c)) {
                live[chunk] = true;
                i++;
            } else if (Lexer.isUrlStart(s, i)) {
                i = Lexer.skipNonSpace(s, i); // the lexer drops URLs: the words around them touch
            } else if (Lexer.isWordChar(c)) {
                // A word as the lexer reads it: starts with a word char, goes on over combining marks.
                int j = i + 1;
                while (j < n && Lexer.continuesWord(s.charAt(j))) {
                    j++;
                }
                int kind = wordKind(s, i, j);
                if (kind == TRIGGER) {
                    live[chunk] = true;
                } else if (kind == JOINER && pendingOne >= 0) {
                    live[chunk] = true;
                    live[oneChunk] = true;
                }
                pendingOne = kind == ONE ? j : -1;
                oneChunk = chunk;
                i = j;
            } else {
                if (!Lexer.isSpace(c)) {
                    pendingOne = -1;
                }
                i++;
            }
        }
        return live;
    }

    private static final int OTHER = 0;
    private static final int TRIGGER = 1;
    private static final int ONE = 2;
    private static final int JOINER = 3;

    private static int wordKind(String s, int from, int to) {
        int len = to - from;
        char first = s.charAt(from);
        char second = len > 1 ? s.charAt(from + 1) : 0;
        if (first < 256 && second < 256) {
            first = WordTable.fold(first);
            second = WordTable.fold(second);
            if (len > 63 || (LENGTHS[key(first, second)] >>> len & 1) == 0) {
                return OTHER; // most words stop here, without a string
            }
        }
        String norm = norm(s, from, to);
        if (TRIGGERS.contains(norm)) {
            return TRIGGER;
        }
        return ONES.contains(norm) ? ONE : JOINERS.contains(norm) ? JOINER : OTHER;
    }

    /** The token norm of a word, as {@link WordTable} makes it. */
    private static String norm(String s, int from, int to) {
        char[] b = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 256) {
                return Lexicon.strip(s.substring(from, to).toLowerCase(Locale.ROOT));
            }
            b[k - from] = WordTable.fold(c);
        }
        return new String(b);
    }
}
