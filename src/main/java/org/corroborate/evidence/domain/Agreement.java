package org.corroborate.evidence.domain;

/** How an assertion's value stands against a figure's value, before any human judgement. */
public enum Agreement {
    /** The intervals overlap. */
    AGREES,
    /** An earlier, lower value of a cumulative measure: history, not a contradiction. */
    EARLIER,
    /** The intervals do not overlap and the value is not history. */
    DISAGREES
}
