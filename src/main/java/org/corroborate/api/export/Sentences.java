package org.corroborate.api.export;

/**
 * The sentence of a text around a span: from after the previous sentence end (". ", "! ", "? " or a line
 * break) to the next one. Coarser than the extraction engine's splitter (abbreviations such as "M." cut a
 * sentence short), which is acceptable for quoting a claim.
 */
final class Sentences {

    private Sentences() {
    }

    static String around(String text, int start, int end) {
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

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
            return true;
        }
        boolean stop = c == '.' || c == '!' || c == '?' || c == '…';
        return stop && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
