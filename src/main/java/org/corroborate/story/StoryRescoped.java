package org.corroborate.story;

/** A fact-checker set (or cleared) where and when a story's event is: its figures' standings are derived again. */
public record StoryRescoped(long storyId, String before, String after) {
}
