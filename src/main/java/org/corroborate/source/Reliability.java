package org.corroborate.source;

/** Admiralty reliability grade of a source: A completely reliable .. E unreliable, F cannot be judged. */
public enum Reliability {
    A, B, C, D, E, F
}
