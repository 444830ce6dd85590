package org.corroborate.review;

/**
 * Published when an editor approves or rejects a figure, inside the transaction that records the decision, so
 * that views open on the story can show the decision once it is stored.
 */
public record FigureDecided(long storyId, long figureId, Decision decision) {
}
