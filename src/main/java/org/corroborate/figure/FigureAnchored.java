package org.corroborate.figure;

/** Published when a figure is anchored in a story, so that its standing is derived at once. */
public record FigureAnchored(long figureId, long storyId) {
}
