package org.corroborate.extraction;

/**
 * A stretch of the input: char offsets, end exclusive, and the text as written.
 *
 * <p>An immutable value (equal when every accessor is), not a record because {@link #text()} is
 * not stored: it is cut from the extracted text when asked for (see {@link ExtractedFigure}).
 */
public final class Span {

    private final String source;
    private final int start;
    private final int end;

    /** The stretch {@code [start, end)} of {@code source}. */
    Span(String source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The stretch as written. */
    public String text() {
        return source.substring(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Span s && start == s.start && end == s.end
                && source.regionMatches(start, s.source, s.start, end - start);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * start + end) + text().hashCode();
    }

    /** The form a record of the same fields would print. */
    @Override
    public String toString() {
        return "Span[start=" + start + ", end=" + end + ", text=" + text() + "]";
    }
}
