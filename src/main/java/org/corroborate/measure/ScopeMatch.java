package org.corroborate.measure;

/** How well two statements' scopes say they count the same measure (see {@link SameMeasure}). */
public enum ScopeMatch {
    /** Places compatible and stated periods overlapping: the same measure. */
    SAME,
    /** Nothing contradicts it, but a place or a period is unknown or only inferred: ranked lower, never equal. */
    WEAKER,
    /** Another place (neither within the other) or periods that do not meet: another event. */
    DIFFERENT;

    public boolean sameEvent() {
        return this != DIFFERENT;
    }
}
