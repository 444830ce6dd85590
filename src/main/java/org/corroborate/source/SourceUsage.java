package org.corroborate.source;

/** How much refers to a source: what a merge moves to the survivor. */
public record SourceUsage(long reports, long assertions, long relays, long figures) {

    /** Nothing refers to the source. */
    public static final SourceUsage NONE = new SourceUsage(0, 0, 0, 0);

    /** The two added up: what several features' references to one source make together. */
    public SourceUsage plus(SourceUsage other) {
        return new SourceUsage(reports + other.reports, assertions + other.assertions, relays + other.relays,
                figures + other.figures);
    }

    public boolean isUnused() {
        return reports == 0 && assertions == 0 && relays == 0 && figures == 0;
    }
}
