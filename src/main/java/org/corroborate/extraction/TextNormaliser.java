package org.corroborate.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching, the one way the code base does it ("normalised text" in docs/GLOSSARY.md): lower
 * case, accents removed ("déplacés" → "deplaces"), apostrophes unified to {@code '}. Source mentions, evidence
 * terms and filters all fold with it; full-text search folds the same way in the database (unaccent).
 */
public final class TextNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼ`´]");
    /** {@link #foldChar} for the Latin letters, where accents live: one table look-up in hot loops. */
    private static final char[] FOLD = foldTable();

    private TextNormaliser() {
    }

    /** Lower case without accents; apostrophes unified to {@code '}; leading and trailing spaces removed. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("'")
                .toLowerCase(Locale.ROOT).strip();
    }

    /**
     * A word folded character by character, lower case and without accents ("cinquième" → "cinquieme"): the
     * scanner's form of {@link #fold}, with no apostrophe or space handling and no copy when nothing changes.
     */
    public static String foldWord(String word) {
        char[] folded = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char f = foldChar(c);
            if (f != c && folded == null) {
                folded = word.toCharArray();
            }
            if (folded != null) {
                folded[i] = f;
            }
        }
        return folded == null ? word : new String(folded);
    }

    /** One character lower-cased and without its accent ("É" → 'e'), for code that folds as it scans. */
    public static char foldChar(char c) {
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    private static char[] foldTable() {
        char[] table = new char[0x250];
        for (char c = 0; c < table.length; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            table[c] = Character.toLowerCase(base.isEmpty() ? c : base.charAt(0));
        }
        return table;
    }
}
