package org.corroborate.story;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A story in a few facts, as other features read it: its language, its editorial state, when it ran. */
public record StoryRef(long id, String title, String language, StoryState state, @Nullable Instant publishedAt) {

    /** Whether the story's text and figures are locked (see {@link StoryState#locked()}). */
    public boolean locked() {
        return state.locked();
    }
}
