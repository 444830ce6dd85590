package org.corroborate.review;

/** Where an editor's decision on a figure stands. LAPSED: the figure changed since, it needs approval again. */
public enum Decision {
    APPROVED, REJECTED, LAPSED
}
