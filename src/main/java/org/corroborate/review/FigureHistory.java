package org.corroborate.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.figure.FigureRevisionRow;
import org.corroborate.history.HistoryEntry;
import org.jspecify.annotations.Nullable;

/**
 * A figure's history as its history view shows it: the values it has had (newest first, to restore one; a
 * restore names {@code version}), every recorded change about it, newest first, and the assertions its evidence
 * changes name, by id (so that a change reads "linked INGD, 18 Mar, “242”", not "48:SUPPORTS").
 */
public record FigureHistory(long figureId, long version, List<FigureRevisionRow> values, List<HistoryEntry> changes,
        Map<Long, Stated> assertions) {

    /** An assertion as the history names it: who published it, whom it cites (null: itself), when, its words. */
    public record Stated(String publisher, @Nullable String origin, Instant published, String quote) {
    }

    /** One link of a recorded evidence list. */
    public record Link(long assertionId, Relation relation) {
    }

    /**
     * The links an evidence change records before or after it ({@code EVIDENCE_CHANGED}, {@code EVIDENCE_SNAPSHOT}:
     * "12:SUPPORTS,40:CONTRADICTS", as {@link FigureFacts#evidenceKey(long)} writes it); none for null or empty.
     */
    public static List<Link> links(@Nullable String recorded) {
        List<Link> links = new ArrayList<>();
        if (recorded == null || recorded.isBlank()) {
            return links;
        }
        for (String part : recorded.split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                try {
                    links.add(new Link(Long.parseLong(part.substring(0, colon).strip()),
                            Relation.valueOf(part.substring(colon + 1).strip())));
                } catch (IllegalArgumentException notALink) {
                    // a hand-edited or older line: left out rather than shown as internals
                }
            }
        }
        return links;
    }
}
