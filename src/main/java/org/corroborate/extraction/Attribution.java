package org.corroborate.extraction;

import java.util.Objects;

/**
 * Who a figure is attributed to in its sentence, as written ("l'OSDH", "the Syrian Observatory
 * for Human Rights"), with the cue that introduces it ("selon", "a précisé", "said", "citing").
 * Offsets are those of the mention.
 *
 * <p>An immutable value (equal when every accessor is), not a record because the mention and the
 * cue are not stored: they are cut from the extracted text when asked for (see
 * {@link ExtractedFigure}).
 */
public final class Attribution {

    private final String source;
    private final int start;
    private final int end;
    private final int cueStart;
    private final int cueEnd;

    /** The mention {@code [start, end)} and the cue {@code [cueStart, cueEnd)} of {@code source}. */
    Attribution(String source, int start, int end, int cueStart, int cueEnd) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.cueStart = cueStart;
        this.cueEnd = cueEnd;
    }

    /** This attribution with its offsets taken from the visible text back to the text as written. */
    Attribution in(VisibleText t) {
        return new Attribution(t.written(), t.writtenStart(start), t.writtenEnd(start, end), t.writtenStart(cueStart),
                t.writtenEnd(cueStart, cueEnd));
    }

    /** Who, as written. */
    public String mention() {
        return source.substring(start, end);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** This attribution's cue with another mention {@code [start, end)} of its text: the source it points back to. */
    Attribution naming(int start, int end) {
        return new Attribution(source, start, end, cueStart, cueEnd);
    }

    /** The words that attribute the figure, as written. */
    public String cue() {
        return source.substring(cueStart, cueEnd);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Attribution a && start == a.start && end == a.end
                && source.regionMatches(start, a.source, a.start, end - start) && cue().equals(a.cue());
    }

    @Override
    public int hashCode() {
        return Objects.hash(mention(), start, end, cue());
    }

    /** The form a record of the same fields would print. */
    @Override
    public String toString() {
        return "Attribution[mention=" + mention() + ", start=" + start + ", end=" + end + ", cue=" + cue() + "]";
    }
}
