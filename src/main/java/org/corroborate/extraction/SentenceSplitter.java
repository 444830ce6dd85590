package org.corroborate.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences in one pass. A period ends a sentence unless it belongs to a
 * number (1.5), an abbreviation (M., Dr., Brig. Gen., etc., no. 3) or is followed by a lower-case
 * word. Line breaks always end a sentence (titles and paragraphs).
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mlle", "dr", "mr", "mrs", "ms", "st",
            "brig", "gen", "col", "lt", "capt", "sgt", "maj", "gov", "sen", "rep", "prof", "etc", "no", "nos", "nr",
            "nrs", "vs", "cf", "co", "inc", "ltd", "corp", "jr", "sr", "p", "pp", "vol", "art", "fig", "env", "oct",
            "nov", "dec", "jan", "feb", "aug", "sept", "u.s", "e.g", "i.e", "av", "bd", "mgr", "me");

    private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private SentenceSplitter() {
    }

    /** The chars that may end a sentence: line breaks, '!', '?', '.', '…'. */
    private static final char[] MARK_CHARS = {'\n', '\r', '!', '?', '.', '…'};

    /**
     * Sentence bounds, covering the text in order.
     *
     * <p>The chars that may end a sentence are found with {@code String.indexOf}, which the JVM
     * runs with vector instructions: one cursor per mark char, each moved on only past the marks
     * it found. The text is not looked at char by char, and the chars read around a mark were just
     * read by that search (on a long text, an array copy of it would be out of the caches here).
     */
    static SentenceBounds split(String s) {
        // sentences of 100 chars or more: seldom grows
        SentenceBounds.Builder out = new SentenceBounds.Builder(Math.max(10, s.length() / 100));
        int n = s.length();
        int start = 0;
        int[] next = new int[MARK_CHARS.length];
        for (int k = 0; k < next.length; k++) {
            next[k] = indexOf(s, MARK_CHARS[k], 0);
        }
        while (true) {
            int i = n;
            char c = 0;
            for (int k = 0; k < next.length; k++) {
                if (next[k] < i) {
                    i = next[k];
                    c = MARK_CHARS[k];
                }
            }
            if (i >= n) {
                break;
            }
            boolean end = false;
            int cut = i + 1;
            if (c == '\n' || c == '\r') {
                end = true;
                cut = i;
            } else if (c == '!' || c == '?') {
                end = true;
            } else if (c == '.' || c == '…') {
                end = c == '…' || periodEnds(s, i);
            }
            int resume = i + 1;
            if (end) {
                // Closing quotes and brackets stay with the sentence they close.
                while (cut < n && cut > i && "\"'’»)]".indexOf(s.charAt(cut)) >= 0) {
                    cut++;
                }
                if (cut > start) {
                    out.add(start, cut);
                }
                start = Math.max(cut, i + 1);
                resume = start;
            }
            for (int k = 0; k < next.length; k++) {
                if (next[k] < resume) {
                    next[k] = indexOf(s, MARK_CHARS[k], resume);
                }
            }
        }
        if (start < n) {
            out.add(start, n);
        }
        return out.build();
    }

    /** {@code s.indexOf(c, from)}, or the length of s when c does not occur. */
    private static int indexOf(String s, char c, int from) {
        int i = s.indexOf(c, from);
        return i < 0 ? s.length() : i;
    }

    /** Longest first chars of an abbreviation, by its length and first char: see {@link #isAbbreviation}. */
    private static final boolean[] ABBREVIATION_START = new boolean[128];

    /** The abbreviations (all ASCII, at most eight chars) packed eight bits per char, sorted: see {@link #isAbbreviation}. */
    private static final long[] ABBREVIATIONS_PACKED;

    static {
        for (String a : ABBREVIATIONS) {
            ABBREVIATION_START[a.charAt(0)] = true;
        }
        ABBREVIATIONS_PACKED = ABBREVIATIONS.stream().mapToLong(a -> {
            long packed = 0;
            for (int k = 0; k < a.length(); k++) {
                packed = packed << 8 | a.charAt(k);
            }
            return packed;
        }).sorted().toArray();
    }

    /**
     * {@code ABBREVIATIONS.contains(lower-cased s[w, i))} or a single upper-case letter (an
     * initial). ASCII words are checked without building the string: most words before a period
     * fail on their first letter.
     */
    private static boolean isAbbreviation(String s, int w, int i) {
        if (i - w == 1 && Character.isUpperCase(s.charAt(w)) && s.charAt(w) != '\u0130') { // İ lower-cases to two chars
            return true;
        }
        boolean ascii = true;
        for (int k = w; k < i; k++) {
            ascii &= s.charAt(k) < 128;
        }
        if (ascii && i > w) {
            char c = s.charAt(w);
            if (!ABBREVIATION_START[c >= 'A' && c <= 'Z' ? c + 32 : c]) {
                return false;
            }
            if (i - w <= 8) { // lower-cased ASCII, packed: the set look-up without the substring
                long packed = 0;
                for (int k = w; k < i; k++) {
                    char d = s.charAt(k);
                    packed = packed << 8 | (d >= 'A' && d <= 'Z' ? d + 32 : d);
                }
                return Arrays.binarySearch(ABBREVIATIONS_PACKED, packed) >= 0;
            }
        }
        return ABBREVIATIONS.contains(s.substring(w, i).toLowerCase(Locale.ROOT));
    }

    private static boolean periodEnds(String s, int i) {
        int n = s.length();
        if (i + 1 < n && Character.isDigit(s.charAt(i + 1)) && i > 0 && Character.isDigit(s.charAt(i - 1))) {
            return false; // 1.5, 370.000
        }
        int w = i;
        // Only the last MAX_ABBREVIATION + 1 chars matter: a longer word is no abbreviation.
        while (w > 0 && i - w <= MAX_ABBREVIATION && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        // Abbreviations and initials are short (and lower-casing never shortens a word): longer
        // words skip the substring and the look-up.
        if (i - w <= MAX_ABBREVIATION && isAbbreviation(s, w, i)) {
            return false;
        }
        int k = i + 1;
        while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        char next = s.charAt(k);
        if (k == i + 1 && Character.isLetterOrDigit(next)) {
            return false; // "www.example", "U.S"
        }
        return !Character.isLowerCase(next);
    }
}
