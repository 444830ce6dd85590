package org.corroborate.extraction;

import java.util.Arrays;

/**
 * The sentences of a text as found by {@link SentenceSplitter}: sentence {@code k} is
 * {@code [start(k), end(k))} of the text, in text order. All bounds are in one int array, as
 * start/end pairs; {@link #range} is a view of some of them, sharing the array.
 *
 * <p>Why not a list of {@code int[]} pairs: a long text has a sentence every hundred chars or so,
 * and the bounds live until the extraction returns: an object each was tens of thousands of
 * objects for the garbage collector to copy while the extraction runs.
 */
final class SentenceBounds {

    /** start, end, start, end... of the whole text's sentences; only the first {@code 2 * (from + size)} are set. */
    private final int[] bounds;
    private final int from;
    private final int size;

    private SentenceBounds(int[] bounds, int from, int size) {
        this.bounds = bounds;
        this.from = from;
        this.size = size;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Where sentence k starts (its first char). */
    int start(int k) {
        return bounds[2 * (from + k)];
    }

    /** Where sentence k ends (exclusive). */
    int end(int k) {
        return bounds[2 * (from + k) + 1];
    }

    /** Sentences {@code [a, b)} of these, numbered from 0. */
    SentenceBounds range(int a, int b) {
        if (a < 0 || b > size || a > b) {
            throw new IndexOutOfBoundsException("[" + a + ", " + b + ") of " + size);
        }
        return new SentenceBounds(bounds, from + a, b - a);
    }

    /** Collects bounds in text order. */
    static final class Builder {

        private int[] bounds;
        private int size;

        /** @param capacity sentences expected (the array grows past them) */
        Builder(int capacity) {
            bounds = new int[2 * Math.max(capacity, 1)];
        }

        void add(int start, int end) {
            if (2 * size == bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length);
            }
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            size++;
        }

        SentenceBounds build() {
            return new SentenceBounds(bounds, 0, size);
        }
    }
}
