package org.corroborate.figure;

import org.jspecify.annotations.Nullable;

/**
 * A figure in a few facts, as other features read it (review decides on it, and lapses a decision when any of
 * these changes): its story, its version, its words, its value in one line, who it is attributed to, and who last
 * corrected or restored its value (null: nobody since it was added).
 */
public record FigureSummary(long id, long storyId, long version, String quote, String value,
        @Nullable Long attributionId, @Nullable String attribution, @Nullable String valueEditedBy, boolean detached) {
}
