package org.corroborate.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where and when a story's event is: its places (most important first) and its window, read from its text and
 * figures or set by a fact-checker ({@code setBy}); what its figures inherit when they say none themselves. An undated
 * draft's window is not known (null days) until it is dated or set.
 */
public record StoryScopeView(long storyId, List<PlaceName> places, @Nullable LocalDate from, @Nullable LocalDate to,
                             @Nullable String setBy, @Nullable Instant setAt) {

    /** A place as lists show it: "Idlib province, Syria". */
    public record PlaceName(long id, String name) {
    }

    public StoryScopeView {
        places = List.copyOf(places);
    }
}
