package org.corroborate.extraction;

import java.util.Locale;

/**
 * How the sentence tests read one sentence: with the language given ("fr" or "en"), the figure whose quote is given
 * (failing with every figure found when there is none), or the quotes of all the figures found.
 */
final class TestSentences {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private TestSentences() {
    }

    static Extraction read(String text, String language) {
        return EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** The first figure quoted as {@code quote}. */
    static ExtractedFigure figure(String text, String language, String quote) {
        Extraction found = read(text, language);
        return found.figures().stream().filter(f -> f.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure « " + quote + " » in: " + found.figures()));
    }

    /** The quotes of the figures found, in order, separated by "; ". */
    static String quotes(String text, String language) {
        StringBuilder quotes = new StringBuilder();
        for (ExtractedFigure f : read(text, language).figures()) {
            quotes.append(quotes.isEmpty() ? "" : "; ").append(f.quote());
        }
        return quotes.toString();
    }
}
