package org.corroborate.figure;

import java.util.OptionalInt;

/**
 * One edit of a story's text, seen as a single changed region between the common prefix and the common
 * suffix of the old and new text. Enough for what a person does in one save (retype a sentence, insert a
 * paragraph); a span inside the changed region is looked for again by its quote, near where it was.
 */
public record TextEdit(String before, String after, int prefix, int suffix) {

    /** How far from its old place a quote inside the changed region may have moved and still be the same. */
    static final int NEARBY = 300;

    public static TextEdit between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(before, after, prefix, suffix);
    }

    public boolean changesNothing() {
        return before.equals(after);
    }

    /** Where the span [start, start + quote.length()) of the old text is in the new one; empty when it is gone. */
    public OptionalInt follow(int start, String quote) {
        int end = start + quote.length();
        if (end <= prefix) {
            return OptionalInt.of(start);
        }
        int changedEnd = before.length() - suffix;
        if (start >= changedEnd) {
            return OptionalInt.of(start + after.length() - before.length());
        }
        return nearest(quote, Math.min(start, after.length()));
    }

    /** The occurrence of {@code quote} in the new text closest to {@code around}, within {@link #NEARBY}. */
    private OptionalInt nearest(String quote, int around) {
        int reach = NEARBY + Math.abs(after.length() - before.length());
        int best = -1;
        for (int at = after.indexOf(quote, Math.max(0, around - reach)); at >= 0 && at <= around + reach;
                at = after.indexOf(quote, at + 1)) {
            if (best < 0 || Math.abs(at - around) < Math.abs(best - around)) {
                best = at;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
