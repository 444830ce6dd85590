package org.corroborate.extraction;

import java.util.regex.Pattern;

/**
 * Whether a quote states its number with an approximate noun ("une quarantaine", "a dozen", "des centaines"): such a
 * value carries the word's own span (docs/design-decisions/DD001). The words are the engine's own ({@code Cues}).
 */
public final class RoundNumberWords {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private RoundNumberWords() {
    }

    /** True when a word of the quote is an approximate noun, singular or plural. */
    public static boolean in(String quote) {
        if (quote == null) {
            return false;
        }
        for (String word : NOT_WORD.split(TextNormaliser.fold(quote))) {
            if (Cues.APPROX_NOUNS.containsKey(word)
                    || word.endsWith("s") && Cues.APPROX_NOUNS.containsKey(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
