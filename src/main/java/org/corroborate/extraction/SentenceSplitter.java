package org.corroborate.extraction;

import java.util.ArrayList;
import java.util.List;
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

    /** The ASCII chars that may end a sentence: line breaks, '!', '?', '.'. */
    private static final boolean[] ASCII_MARK = new boolean[128];

    static {
        for (char c : new char[] {'\n', '\r', '!', '?', '.'}) {
            ASCII_MARK[c] = true;
        }
    }

    private SentenceSplitter() {
    }

    /** Sentence bounds as {start, end} pairs, end exclusive, covering the text in order. */
    static List<int[]> split(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 ? !ASCII_MARK[c] : c != '…') {
                continue; // most chars: one table look-up
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
            if (end) {
                // Closing quotes and brackets stay with the sentence they close.
                while (cut < n && cut > i && "\"'’»)]".indexOf(s.charAt(cut)) >= 0) {
                    cut++;
                }
                if (cut > start) {
                    out.add(new int[] {start, cut});
                }
                start = Math.max(cut, i + 1);
                i = start - 1;
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
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
        if (i - w <= MAX_ABBREVIATION) {
            String word = s.substring(w, i).toLowerCase(Locale.ROOT);
            if (ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(s.charAt(w))) {
                return false;
            }
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
