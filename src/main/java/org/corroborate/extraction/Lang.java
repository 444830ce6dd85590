package org.corroborate.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Language helpers: only French and English are supported; anything not French reads as English. */
final class Lang {

    private Lang() {
    }

    static boolean isFrench(Locale l) {
        return l != null && "fr".equals(l.getLanguage());
    }

    /** French stopwords (the tests check the packed look-up against these sets). */
    static final Set<String> FR = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un",
            "dans", "pour", "qui", "que", "sur", "par", "au", "aux", "ont", "été", "selon", "plus", "avec", "ses",
            "cette", "ce", "pas", "son", "sont", "leur", "depuis", "entre");
    /** English stopwords. */
    static final Set<String> EN = Set.of("the", "of", "and", "to", "in", "is", "was", "were", "that", "for",
            "on", "with", "by", "from", "have", "has", "had", "are", "this", "it", "at", "as", "said", "people",
            "since", "been", "their", "more", "than", "an");

    /** Latin-1 letters, and each Latin-1 char lower-cased (lower-casing keeps Latin-1 in Latin-1). */
    private static final boolean[] LATIN1_LETTER = new boolean[256];
    private static final char[] LATIN1_LOWER = new char[256];
    /** The stopwords packed as {@link #pack} does, sorted for a binary search. */
    private static final long[] FR_PACKED;
    private static final long[] EN_PACKED;

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_LETTER[c] = Character.isLetter(c);
            LATIN1_LOWER[c] = Character.toLowerCase(c);
        }
        FR_PACKED = FR.stream().mapToLong(Lang::pack).sorted().toArray();
        EN_PACKED = EN.stream().mapToLong(Lang::pack).sorted().toArray();
    }

    /** A lower-case Latin-1 word of at most eight chars as a long, eight bits per char. */
    private static long pack(String word) {
        long packed = 0;
        for (int k = 0; k < word.length(); k++) {
            packed = packed << 8 | word.charAt(k);
        }
        return packed;
    }

    private static boolean isLetter(char c) {
        return c < 256 ? LATIN1_LETTER[c] : Character.isLetter(c);
    }

    /**
     * French stopwords minus English stopwords among the words of {@code [from, to)} of a text of
     * {@code n} chars whose char i is {@code cs[i - base]} (a {@link TextWindow}): positive when the
     * words around a number are French, negative when English, 0 when they do not decide. Words cut
     * by the range's edges are skipped.
     */
    static int vote(char[] cs, int base, int n, int from, int to) {
        int score = 0;
        int i = from;
        while (i > 0 && i < to && isLetter(cs[i - base]) && isLetter(cs[i - 1 - base])) {
            i++; // the word cut by the range's start
        }
        while (i < to) {
            while (i < to && !isLetter(cs[i - base])) {
                i++;
            }
            int j = i;
            long packed = 0;
            boolean latin1 = true;
            while (j < n && isLetter(cs[j - base])) {
                char c = cs[j - base];
                if (c < 256) {
                    packed = packed << 8 | LATIN1_LOWER[c];
                } else {
                    latin1 = false;
                }
                j++;
            }
            if (j > to) {
                break; // cut by the range's end
            }
            if (j > i && j - i <= 6 && latin1) {
                if (Arrays.binarySearch(FR_PACKED, packed) >= 0) {
                    score++;
                }
                if (Arrays.binarySearch(EN_PACKED, packed) >= 0) {
                    score--;
                }
            }
            i = j;
        }
        return score;
    }

    /**
     * Counts stopwords of each language in the first 5 000 words; ties (including no words at all)
     * go to English. Words of Latin-1 letters (nearly all) are compared packed into a long, without
     * a string per word.
     */
    static Locale detect(String text) {
        int[] counts = counts(text);
        return counts[0] > counts[1] ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** French and English stopwords among the first 5 000 words of the text: {fr, en}. */
    static int[] counts(String text) {
        int fr = 0;
        int en = 0;
        int n = text.length();
        int i = 0;
        int words = 0;
        while (i < n && words < 5000) {
            while (i < n && !isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            long packed = 0;
            boolean latin1 = true;
            while (j < n && isLetter(text.charAt(j))) {
                char c = text.charAt(j);
                if (c < 256) {
                    packed = packed << 8 | LATIN1_LOWER[c];
                } else {
                    latin1 = false;
                }
                j++;
            }
            if (j > i && j - i <= 6) {
                if (latin1) {
                    if (Arrays.binarySearch(FR_PACKED, packed) >= 0) {
                        fr++;
                    }
                    if (Arrays.binarySearch(EN_PACKED, packed) >= 0) {
                        en++;
                    }
                } else {
                    String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                    if (FR.contains(w)) {
                        fr++;
                    }
                    if (EN.contains(w)) {
                        en++;
                    }
                }
            }
            words++;
            i = j;
        }
        return new int[] {fr, en};
    }
}
