package org.corroborate.source;

/** A row of the source registry. */
public record SourceSummary(Long id, String key, String name, String kind, boolean party, Reliability reliability,
        long reportCount) {
}
