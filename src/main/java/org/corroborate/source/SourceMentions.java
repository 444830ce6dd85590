package org.corroborate.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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

    private static final Pattern PARENTHESIS = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");

    /** "the UN refugee agency (UNHCR)" as {the UN refugee agency, UNHCR}; null without a closing parenthesis. */
    static String @Nullable [] parenthesised(String mention) {
        Matcher m = PARENTHESIS.matcher(mention.strip());
        return m.matches() && !m.group(1).isBlank() ? new String[] {m.group(1), m.group(2).strip()} : null;
    }

    /**
     * The names a mention may end with, longest first, normalised: "the country's disaster agency INGD" gives
     * "country s disaster agency ingd", ..., "agency ingd" and "ingd" (a last word written in capitals is an acronym;
     * another single word names too little to be resolved alone: "the new Observatory").
     */
    static List<String> endings(String mention) {
        String[] words = normalise(mention).split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String tail = normalise(String.join(" ", Arrays.asList(words).subList(i, words.length)));
            if (wordCount(tail) >= 2 || words.length - i == 1 && endsWithAcronym(mention)) {
                out.add(tail);
            }
        }
        return out;
    }

    private static boolean endsWithAcronym(String mention) {
        String[] words = NOT_WORD.matcher(mention).replaceAll(" ").strip().split(" ");
        String last = words[words.length - 1];
        return last.length() >= 2 && last.chars().allMatch(Character::isUpperCase);
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
