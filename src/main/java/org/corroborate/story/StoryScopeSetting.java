package org.corroborate.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where and when a story's event is, as a fact-checker set it: its places (registry ids, most important first; empty:
 * read from the text) and its window (null: read from its figures and date).
 */
public record StoryScopeSetting(List<Long> placeIds, @Nullable LocalDate from, @Nullable LocalDate to, String editedBy,
                                Instant editedAt) {

    public StoryScopeSetting {
        placeIds = List.copyOf(placeIds);
    }
}
