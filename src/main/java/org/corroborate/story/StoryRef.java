package org.corroborate.story;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A story in a few facts, as other features read it: its language, its editorial state, when it ran, when it last
 * changed (lists elsewhere order by it).
 */
public record StoryRef(long id, String title, String language, StoryState state, @Nullable Instant publishedAt,
        Instant updatedAt) {

    /** Whether the story's text and figures are locked (see {@link StoryState#locked()}). */
    public boolean locked() {
        return state.locked();
    }
}
