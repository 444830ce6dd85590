package org.corroborate.review;

/** Why approving a figure needs the editor's confirmation (see {@link ReviewService#weakness(long)}). */
public enum Weakness {
    /** Unsupported: no report supports it. */
    NO_SUPPORT,
    /** Contested: a report linked to it contradicts it. */
    CONTRADICTED,
    /** Contested: the reports linked as support disagree, with the figure or with each other. */
    SUPPORTS_DISAGREE,
    /** Superseded: its origin has since published a newer value (walk H13: an outdated toll went out in one click). */
    SUPERSEDED
}
