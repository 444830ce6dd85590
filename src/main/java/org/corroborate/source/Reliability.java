package org.corroborate.source;

/** Admiralty reliability grade of a source: A completely reliable .. E unreliable, F cannot be judged. */
public enum Reliability {
    A, B, C, D, E, F;

    /** Whether this grade is strictly more reliable than the other; F is never better than anything, as it says nothing. */
    public boolean betterThan(Reliability other) {
        return this != F && (other == F || ordinal() < other.ordinal());
    }
}
