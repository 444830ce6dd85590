package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure found in a text.
 *
 * <p>{@code quote} is {@code text.substring(start, end)}: the qualifier, the number and its unit
 * ("plus de 370'000", "environ 260", "320 km2", "une quarantaine"). {@code low}/{@code high} are
 * the numbers as stated (null = open side, see {@link Qualifier}). {@code point} is the best
 * single value: the number itself for exact, approximate and nearly; the stated bound for the
 * one-sided qualifiers (more than, at least, less than, at most) and for vague ones (low); the
 * midpoint of a closed range. {@code unit} is a normalised code ("km2", "km", "%", "ha", "mi",
 * "m", "$", "€") or null for counts. {@code subject} is the counted noun phrase as written (may be
 * null); {@code period} the time phrase governing the figure (may be null); {@code attribution}
 * the sentence's source cue (may be null). {@code ambiguousNumber}: a number in it was written
 * "1,200" or "1.200" with no words around it to say whether the mark groups thousands or marks
 * decimals; it was read with the text's language and a person should check it.
 *
 * <p>An immutable value (equal when every accessor is), not a record because its two text fields
 * are not stored: {@link #quote()} and {@link #subject()} are cut from the extracted text when
 * asked for, from offsets. A long text has a figure every hundred chars or so, all alive until
 * the extraction returns; two strings fewer per figure (their objects, their bytes and the
 * garbage collector's copying of them while the extraction runs) is most of what a figure
 * cost. The figure keeps a reference to the text, which its callers hold anyway.
 */
public final class ExtractedFigure {

    private final String text;
    private final int start;
    private final int end;
    private final Qualifier qualifier;
    private final BigDecimal low;
    private final BigDecimal high;
    private final BigDecimal point;
    private final String unit;
    private final QuantityKind kind;
    /** Offsets of the subject in {@link #text}; {@code subjectStart < 0}: no subject. */
    private final int subjectStart;
    private final int subjectEnd;
    private final Span period;
    private final Attribution attribution;
    private final boolean ambiguousNumber;
    private final boolean whole;
    /** Who holds what it counts, or null ({@link #holder()}). */
    private final Span holder;

    /**
     * @param subjectStart where the subject starts in {@code text}, or -1 for none
     * @param subjectEnd   where it ends (exclusive)
     */
    ExtractedFigure(String text, int start, int end, Qualifier qualifier, BigDecimal low,
                    BigDecimal high, BigDecimal point, String unit, QuantityKind kind,
                    int subjectStart, int subjectEnd, Span period, Attribution attribution,
                    boolean ambiguousNumber, boolean whole, Span holder) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.qualifier = qualifier;
        this.low = low;
        this.high = high;
        this.point = point;
        this.unit = unit;
        this.kind = kind;
        this.subjectStart = subjectStart;
        this.subjectEnd = subjectEnd;
        this.period = period;
        this.attribution = attribution;
        this.ambiguousNumber = ambiguousNumber;
        this.whole = whole;
        this.holder = holder;
    }

    /** This figure with its offsets taken from the visible text back to the text as written. */
    ExtractedFigure in(VisibleText t) {
        String w = t.written();
        Span p = period == null ? null
                : new Span(w, t.writtenStart(period.start()), t.writtenEnd(period.start(), period.end()));
        Attribution a = attribution == null ? null : attribution.in(t);
        Span h = holder == null ? null
                : new Span(w, t.writtenStart(holder.start()), t.writtenEnd(holder.start(), holder.end()));
        return new ExtractedFigure(w, t.writtenStart(start), t.writtenEnd(start, end), qualifier, low, high, point, unit,
                kind, subjectStart < 0 ? -1 : t.writtenStart(subjectStart),
                subjectStart < 0 ? -1 : t.writtenEnd(subjectStart, subjectEnd), p, a, ambiguousNumber, whole, h);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The figure as written: {@code text.substring(start, end)}. */
    public String quote() {
        return text.substring(start, end);
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public BigDecimal low() {
        return low;
    }

    public BigDecimal high() {
        return high;
    }

    public BigDecimal point() {
        return point;
    }

    public String unit() {
        return unit;
    }

    public QuantityKind kind() {
        return kind;
    }

    /** The counted noun phrase as written, or null. */
    public String subject() {
        return subjectStart < 0 ? null : text.substring(subjectStart, subjectEnd);
    }

    public Span period() {
        return period;
    }

    public Attribution attribution() {
        return attribution;
    }

    public boolean ambiguousNumber() {
        return ambiguousNumber;
    }

    /**
     * The figure is the whole a part is counted from: the 151 of "ADN won 67 of the 151 seats", the 2,400 of "Of the
     * 2,400 people evacuated, about 300 have returned", the 300 of « Sur les 300 salariés du site, 120 seront
     * licenciés ». It counts the whole, and says nothing of how many the part's holder has.
     */
    public boolean whole() {
        return whole;
    }

    /**
     * Who holds what the figure counts, as written, or null: "RC" in "RC won at least 64 seats" and in "... and RC 61",
     * "PS" in « Le PS a obtenu 9 sièges ». Two holders' counts are two measures.
     */
    public String holder() {
        return holder == null ? null : holder.text();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExtractedFigure f)) {
            return false;
        }
        return start == f.start && end == f.end && ambiguousNumber == f.ambiguousNumber && whole == f.whole
                && text.regionMatches(start, f.text, f.start, end - start) && qualifier == f.qualifier
                && Objects.equals(low, f.low) && Objects.equals(high, f.high) && Objects.equals(point, f.point)
                && Objects.equals(unit, f.unit) && kind == f.kind && Objects.equals(subject(), f.subject())
                && Objects.equals(period, f.period) && Objects.equals(attribution, f.attribution)
                && Objects.equals(holder(), f.holder());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, quote(), qualifier, low, high, point, unit, kind, subject(), period,
                attribution, ambiguousNumber, whole, holder());
    }

    /** The form a record of the same fields would print. */
    @Override
    public String toString() {
        return "ExtractedFigure[start=" + start + ", end=" + end + ", quote=" + quote() + ", qualifier=" + qualifier
                + ", low=" + low + ", high=" + high + ", point=" + point + ", unit=" + unit + ", kind=" + kind
                + ", subject=" + subject() + ", period=" + period + ", attribution=" + attribution
                + ", ambiguousNumber=" + ambiguousNumber + (whole ? ", whole=true" : "")
                + (holder == null ? "" : ", holder=" + holder.text()) + "]";
    }
}
