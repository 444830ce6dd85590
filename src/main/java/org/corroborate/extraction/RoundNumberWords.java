package org.corroborate.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a quote states its number with an approximate noun ("une quarantaine", "a dozen", "des centaines"): such a
 * value carries the word's own span (docs/design-decisions/DD001). The words are the engine's own ({@code Cues}).
 */
public final class RoundNumberWords {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private RoundNumberWords() {
    }

    /**
     * The fraction words a share is stated with ("nearly half", « près de la moitié », "about a third", « trois quarts
     * »): read like an approximate noun, with a span of their own (third walk, H19: "nearly half" was contested by 47 %).
     */
    private static final Set<String> FRACTION_WORDS = Set.of("half", "third", "thirds", "quarter", "quarters",
            "moitie", "tiers", "quart", "quarts");

    /** True when a word of the quote is an approximate noun, singular or plural, or a fraction word. */
    public static boolean in(String quote) {
        if (quote == null) {
            return false;
        }
        for (String word : NOT_WORD.split(TextNormaliser.fold(quote))) {
            if (Cues.APPROX_NOUNS.containsKey(word) || FRACTION_WORDS.contains(word)
                    || word.endsWith("s") && Cues.APPROX_NOUNS.containsKey(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
