package org.corroborate.figure;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A figure's value as someone loads it to correct it: {@code version} is what a save must name, {@code summary}
 * the value in one line, and who last corrected it (null: nobody since it was added).
 */
public record FigureValue(long figureId, long storyId, long version, String quote, FigureDraft draft, String summary,
        @Nullable String editedBy, @Nullable Instant editedAt) {
}
