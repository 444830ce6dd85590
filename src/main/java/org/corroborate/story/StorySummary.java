package org.corroborate.story;

import java.time.Instant;

/** A row of the story list. */
public record StorySummary(Long id, String title, String language, StoryState state, long figureCount,
        Instant updatedAt) {
}
