package org.corroborate.story;

import java.time.Instant;
import java.util.List;
import org.corroborate.figure.FigureRow;
import org.jspecify.annotations.Nullable;

/** A story with its figures, as the story view shows it. */
public record StoryDetails(Long id, long version, String title, String language, StoryState state, String body,
        @Nullable Instant publishedAt, List<FigureRow> figures) {
}
