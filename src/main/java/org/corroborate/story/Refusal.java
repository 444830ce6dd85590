package org.corroborate.story;

/**
 * Why an editorial step on a story or its figures is not allowed now (the story's state, or review's four eyes);
 * the UI shows {@code review.refusal.NAME}.
 */
public enum Refusal {
    /** The approver is the last person who changed the figure's evidence. */
    FOUR_EYES,
    /** The approver is the last person who corrected or restored the figure's value. */
    FOUR_EYES_VALUE,
    /** The story is published: its figures are locked until an editor reopens it. */
    STORY_PUBLISHED,
    /** Only a draft can be submitted for review. */
    NOT_DRAFT,
    /** Only a story in review can be approved. */
    NOT_IN_REVIEW,
    /** Some figure is neither approved nor rejected, or its approval lapsed. */
    FIGURES_UNREVIEWED,
    /** Only an approved story can be published. */
    NOT_APPROVED,
    /** Only an approved or published story can be reopened. */
    NOT_CLOSED,
    /** Approving needs the words to publish, rejecting a reason. */
    TEXT_REQUIRED,
    /** The figure is unsupported or contested: approving it needs the editor's confirmation. */
    WEAK_FIGURE_UNCONFIRMED,
    /** A figure the editors rejected is still in the text: it is taken out or corrected before publishing. */
    REJECTED_FIGURE_IN_TEXT,
    /** The text states tolls whose suggestions were dismissed: approving the story needs the editor's confirmation. */
    DISMISSED_TOLLS_UNCONFIRMED
}
