package org.corroborate.source;

/** How much refers to a source: what a merge moves to the survivor. */
public record SourceUsage(long reports, long assertions, long relays, long figures) {

    public boolean isUnused() {
        return reports == 0 && assertions == 0 && relays == 0 && figures == 0;
    }
}
