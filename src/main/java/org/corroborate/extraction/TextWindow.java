package org.corroborate.extraction;

/**
 * The chars of a text as the {@link Lexer} reads them: an array holding a window of the text
 * around the range being tokenised, {@code chars()[i - base()]} being char {@code i} of the text.
 *
 * <p>Why not one copy of the whole text: the lexer needs an array (see the third session in
 * docs/benchmarks.md), but a copy of a 10 MB text is 20 MB written at the start and read back
 * chunk after chunk, long out of the caches by then; and it is one more large object per
 * extraction. A window per chunk, in one array reused from chunk to chunk, is copied just before
 * it is read. The window reaches {@link #SLACK} chars past each end of the range: the lexer looks
 * a little around the tokens (a number's clause, at most a few hundred chars, the char before a
 * minus sign...), and a token starting in the range may end after it.
 *
 * <p>Nothing the lexer reads can be wrong: the array ends exactly where the window ends (or past
 * the text's end, which the lexer never reads), so a read outside the window throws
 * {@link ArrayIndexOutOfBoundsException} instead of returning a char of another place, and the
 * lexer then reads the range again from a copy of the whole text ({@link #widen}), made once. That
 * takes a token or a run of spaces of some thousand chars across the window's edge.
 */
final class TextWindow {

    /** Chars of the text before and after a range that its window also holds. */
    static final int SLACK = 1024;

    private final String text;
    /** Chars a reused window holds: a range plus its slack, with room for the ranges' uneven sizes. */
    private final int capacity;
    private char[] buffer;
    private char[] whole;
    private char[] chars;
    private int base;

    /** @param range the size (chars) of the largest range expected to be covered */
    TextWindow(String text, int range) {
        this.text = text;
        this.capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) range + 2L * SLACK);
    }

    /** The whole of {@code text}, for texts read in one pass. */
    static TextWindow whole(String text) {
        TextWindow w = new TextWindow(text, text.length());
        w.cover(0, text.length());
        return w;
    }

    /** The text's length. */
    int length() {
        return text.length();
    }

    char[] chars() {
        return chars;
    }

    /** Which char of the text {@code chars()[0]} is. */
    int base() {
        return base;
    }

    /** Makes {@link #chars()} hold {@code [from - SLACK, to + SLACK)} of the text (clamped to it) at least. */
    void cover(int from, int to) {
        if (whole != null) {
            return; // widened once: no window is safer than that
        }
        int n = text.length();
        int lo = Math.max(0, from - SLACK);
        int hi = Math.min(n, to + SLACK);
        if (buffer == null) {
            buffer = new char[Math.min(n, capacity)];
        }
        if (hi - lo > buffer.length) {
            chars = new char[hi - lo]; // a range larger than expected (sentences of many thousand chars)
            text.getChars(lo, hi, chars, 0);
        } else {
            // the whole buffer: it ends where the window ends, or past the text's end
            text.getChars(lo, Math.min(n, lo + buffer.length), buffer, 0);
            chars = buffer;
        }
        base = lo;
    }

    /**
     * Makes {@link #chars()} the whole text, after a read outside the window; false when it already
     * held the whole text (the read was outside the text: an error of the reader).
     */
    boolean widen() {
        if (whole != null || base == 0 && chars.length >= text.length()) {
            return false;
        }
        whole = text.toCharArray();
        chars = whole;
        base = 0;
        return true;
    }
}
