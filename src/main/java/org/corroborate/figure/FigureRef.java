package org.corroborate.figure;

/**
 * A figure as lists elsewhere show it (a queue, a notification, who is on which figure): its story, where it
 * stands in the text, its words, and whether it lost its place in the text. Read in batches by id or by story.
 */
public record FigureRef(long id, long storyId, int startOffset, String quote, boolean detached) {
}
