package org.corroborate.figure;

/** Published when an edit of the story's text removed a figure's words: the figure is flagged as detached. */
public record FigureDetached(long figureId, long storyId, String quote) {
}
