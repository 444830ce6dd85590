package org.corroborate.source;

import java.util.regex.Pattern;
import org.corroborate.extraction.TextNormaliser;

/**
 * How a source is written in a text, reduced to a comparable form: lower case, no accents, no
 * punctuation, no leading article or elision ("l'OSDH", "the Syrian army", "de l'ONU").
 */
final class SourceMentions {

    private static final Pattern LEADING_ARTICLES =
            Pattern.compile("^(?:(?:the|les|la|le|du|des|de)\\s+|[ld]'\\s*)+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SourceMentions() {
    }

    /** Lower case without accents; apostrophes unified to {@code '}; everything else kept. */
    static String fold(String text) {
        return TextNormaliser.fold(text);
    }

    /** The comparable form; an empty string when nothing but articles and punctuation is left. */
    static String normalise(String mention) {
        String folded = fold(mention);
        String withoutArticles = LEADING_ARTICLES.matcher(folded).replaceFirst("");
        String words = words(withoutArticles);
        return words.isEmpty() ? words(folded) : words;
    }

    static int wordCount(String normalised) {
        return normalised.isEmpty() ? 0 : normalised.split(" ").length;
    }

    /** A key made of the name's words: "Armée arabe syrienne" becomes "armee-arabe-syrienne". */
    static String slug(String name) {
        String slug = words(fold(name)).replace(' ', '-');
        return slug.length() <= Source.MAX_KEY_LENGTH ? slug : slug.substring(0, Source.MAX_KEY_LENGTH);
    }

    private static String words(String folded) {
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }
}
