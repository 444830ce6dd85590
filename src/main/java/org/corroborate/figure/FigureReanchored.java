package org.corroborate.figure;

/** Published when a detached figure is anchored again to its words, found again in the story's text. */
public record FigureReanchored(long figureId, long storyId, String quote) {
}
