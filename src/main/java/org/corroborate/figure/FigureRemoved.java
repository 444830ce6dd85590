package org.corroborate.figure;

/**
 * Published when a fact-checker removes a figure from its story (accepted by mistake: no figure to check), inside the
 * transaction and before its row goes: the history records it with its value in one line ({@code value}), review lets
 * go of its decision, open views hear that it is gone. Its words stay in the story's text.
 */
public record FigureRemoved(long figureId, long storyId, String quote, String value) {
}
