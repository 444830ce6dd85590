package org.corroborate.extraction;

import java.util.List;

/** The languages stories and reports are written in, as their ISO 639-1 codes: the one list the code base uses. */
public final class Languages {

    /** French and English, in the order the forms offer them. */
    public static final List<String> SUPPORTED = List.of("fr", "en");

    private Languages() {
    }

    /**
     * The language a text is written in, from its French and English stopwords ("le", "des",
     * "selon"; "the", "of", "said"), as its code; empty while the text has too few such words to
     * tell (fewer than three, or as many of each). What the paste dialogs propose and what
     * {@code /api/v1/extract} uses when no language is given.
     */
    public static java.util.Optional<String> detect(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        int[] counts = Lang.counts(text);
        if (counts[0] + counts[1] < 3 || counts[0] == counts[1]) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(counts[0] > counts[1] ? "fr" : "en");
    }

    public static boolean supported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
