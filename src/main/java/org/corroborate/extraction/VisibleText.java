package org.corroborate.extraction;

import java.util.Arrays;

/**
 * A text as its reader sees it, which is what extraction reads: the one place where characters that show nothing,
 * or show the same as another, are made plain. Pasted news carries them from web pages, word processors and
 * Arabic-script quotes, and a rule reading the raw chars would split "2&#8203;012" (a zero-width space) into 2 and
 * 12 or miss "جرحى" written with a right-to-left mark.
 *
 * <ul>
 *   <li>dropped: format characters, which have no width (zero-width space and joiners, word joiner, soft hyphen,
 *   byte order mark, the left-to-right and right-to-left marks, embeddings, overrides and isolates, the Arabic
 *   letter mark), the Arabic tatweel and the Arabic vowel marks;</li>
 *   <li>replaced one for one: every space variant (no-break, narrow no-break, thin, hair, figure, em...) by a
 *   space, so each groups thousands as a space does ("2&#8239;012", "370&#8201;000"); the line and paragraph
 *   separators by a line break; the Arabic comma and percent sign by "," and "%".</li>
 * </ul>
 *
 * <p>Offsets found in the visible text are taken back to the text as written with {@link #writtenStart} and
 * {@link #writtenEnd}: figures stay anchored to the stored text, and their quotes are cut from it. A text with
 * none of these characters (most of them) is not copied.
 */
final class VisibleText {

    private final String written;
    private final String visible;
    /**
     * Where chars were dropped: {@code droppedAt[k]} is an offset in the visible text, {@code droppedBefore[k]} how
     * many chars of the written text were dropped before the visible char at that offset (cumulative). Sorted.
     */
    private final int[] droppedAt;
    private final int[] droppedBefore;

    private VisibleText(String written, String visible, int[] droppedAt, int[] droppedBefore) {
        this.written = written;
        this.visible = visible;
        this.droppedAt = droppedAt;
        this.droppedBefore = droppedBefore;
    }

    static VisibleText of(String written) {
        int n = written.length();
        int first = firstNotPlain(written);
        if (first == n) {
            return new VisibleText(written, written, new int[0], new int[0]);
        }
        StringBuilder b = new StringBuilder(n).append(written, 0, first);
        int[] at = new int[8];
        int[] before = new int[8];
        int runs = 0;
        int dropped = 0;
        for (int i = first; i < n; i++) {
            char c = written.charAt(i);
            if (plain(c)) {
                b.append(c);
            } else if (dropped(c)) {
                dropped++;
                if (runs > 0 && at[runs - 1] == b.length()) {
                    before[runs - 1] = dropped;
                } else {
                    if (runs == at.length) {
                        at = Arrays.copyOf(at, runs * 2);
                        before = Arrays.copyOf(before, runs * 2);
                    }
                    at[runs] = b.length();
                    before[runs] = dropped;
                    runs++;
                }
            } else {
                b.append(replacement(c));
            }
        }
        return new VisibleText(written, b.toString(), Arrays.copyOf(at, runs), Arrays.copyOf(before, runs));
    }

    /**
     * The first char of s that is not {@link #plain}, or s's length. Read in blocks copied into a small array
     * ({@code getChars}, which the JVM runs with vector instructions) rather than by {@code charAt}: every text pays
     * this scan, and on a 10 MB text the array loop takes half the time (measured, docs/benchmarks.md).
     */
    private static int firstNotPlain(String s) {
        int n = s.length();
        char[] block = new char[Math.min(n, 8192)];
        for (int at = 0; at < n; at += block.length) {
            int length = Math.min(block.length, n - at);
            s.getChars(at, at + length, block, 0);
            for (int k = 0; k < length; k++) {
                char c = block[k];
                if (c >= 0x80 && !plain(c)) { // ASCII, most of any text, in one compare
                    return at + k;
                }
            }
        }
        return n;
    }

    /** The text extraction reads. */
    String visible() {
        return visible;
    }

    /** The text as written, which offsets are taken back to. */
    String written() {
        return written;
    }

    /** Whether the two texts are the same, so that offsets need no mapping. */
    boolean unchanged() {
        return visible == written;
    }

    /** Where the visible char at {@code start} is in the written text (chars dropped just before it are left out). */
    int writtenStart(int start) {
        return start + droppedBefore(start);
    }

    /**
     * The written end of the visible stretch {@code [start, end)}: just past its last char (chars dropped after it
     * are left out); an empty stretch stays empty.
     */
    int writtenEnd(int start, int end) {
        return end <= start ? writtenStart(start) : end + droppedBefore(end - 1);
    }

    private int droppedBefore(int visibleOffset) {
        int k = Arrays.binarySearch(droppedAt, visibleOffset);
        if (k < 0) {
            k = -k - 2; // the last run at or before the offset
        }
        return k < 0 ? 0 : droppedBefore[k];
    }

    /** Neither dropped nor replaced: tested first on every char, so ASCII and most Latin-1 answer in one compare. */
    private static boolean plain(char c) {
        if (c < 0x100) {
            return c != '\u0085' && c != '\u00A0' && c != '\u00AD';
        }
        return !dropped(c) && replacement(c) == c;
    }

    private static boolean dropped(char c) {
        return Character.getType(c) == Character.FORMAT
                || c == '\u0640' // tatweel, the Arabic elongation stroke
                || c >= '\u064B' && c <= '\u065F' || c == '\u0670'; // Arabic vowel marks
    }

    private static char replacement(char c) {
        if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
            return '\n';
        }
        if (c == '\u060C') {
            return ',';
        }
        if (c == '\u066A') {
            return '%';
        }
        return Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
    }
}
