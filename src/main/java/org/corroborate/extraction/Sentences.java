package org.corroborate.extraction;

/**
 * Sentence ends as the features outside the engine need them: the sentence around a figure (to quote a claim), where
 * the sentence of a figure ends (its parts follow it in the same sentence). A sentence ends at ". ", "! ", "? ", "… "
 * or a line break. Coarser than the engine's own splitter (abbreviations such as "M." cut a sentence short), which is
 * acceptable for both.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentence of {@code text} around the span [start, end), stripped. */
    public static String around(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = Math.max(from, Math.min(end, text.length()));
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
            to++;
        }
        return text.substring(from, to).strip();
    }

    /** Where the sentence that goes on at {@code from} ends: the index of its end mark, or the text's length. */
    public static int endAfter(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (endsSentence(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
            return true;
        }
        boolean stop = c == '.' || c == '!' || c == '?' || c == '…';
        return stop && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
