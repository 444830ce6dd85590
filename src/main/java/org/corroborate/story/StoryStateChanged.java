package org.corroborate.story;

/** Published when a story moves from one editorial state to another, inside the transaction that moves it. */
public record StoryStateChanged(long storyId, StoryState from, StoryState to) {
}
