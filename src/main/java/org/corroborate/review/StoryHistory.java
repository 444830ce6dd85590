package org.corroborate.review;

import java.util.List;
import java.util.Map;
import org.corroborate.history.HistoryEntry;

/**
 * A story's history, newest first, with what its lines name in words: each figure's quote (by figure id) and each
 * report value linked or unlinked (by assertion id), so that a line reads "Figure “au moins 2 012”", "linked AFP, 9
 * Sep 2023, “2 012”", not "Figure 33", "58:SUPPORTS" (walker F20, the story's side).
 */
public record StoryHistory(List<HistoryEntry> entries, Map<Long, String> figureQuotes,
        Map<Long, FigureHistory.Stated> assertions) {

    public StoryHistory {
        entries = List.copyOf(entries);
        figureQuotes = Map.copyOf(figureQuotes);
        assertions = Map.copyOf(assertions);
    }
}
