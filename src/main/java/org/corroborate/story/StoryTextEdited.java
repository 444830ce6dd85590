package org.corroborate.story;

/**
 * Published when a story's text was edited, inside the transaction; {@code before} and {@code after} are the
 * changed words with a little of what surrounds them, not the whole text.
 */
public record StoryTextEdited(long storyId, String before, String after) {
}
