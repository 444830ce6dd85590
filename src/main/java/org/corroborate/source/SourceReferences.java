package org.corroborate.source;

import java.util.Collection;
import java.util.Map;

/**
 * A feature whose rows refer to registered sources (reports name their publisher, assertions their origin and
 * relays, figures who they are attributed to). The source registry owns sources, not those rows: it asks every
 * feature that implements this how much refers to a source, and tells each to move its references when two sources
 * merge (DD008: one owner per table). Implementations work in the caller's transaction.
 */
public interface SourceReferences {

    /** How much of this feature refers to the source; the kinds it does not keep are zero. */
    SourceUsage usage(long sourceId);

    /** How many reports each of the sources published, for the registry's list; one query for the page. */
    default Map<Long, Long> reportsPublishedBy(Collection<Long> sourceIds) {
        return Map.of();
    }

    /**
     * Every reference to {@code mergedId} now refers to {@code survivorId}; the rows moved get a new version, so
     * that a form still open on one of them cannot write the merged source back.
     */
    void moveReferences(long mergedId, long survivorId);
}
