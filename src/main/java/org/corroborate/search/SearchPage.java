package org.corroborate.search;

import java.util.List;

/**
 * Some results of one type, best first, from {@code offset}. {@code total} is the number of matches, counted
 * up to {@link SearchService#COUNT_CAP}; {@code totalCapped} says there may be more.
 */
public record SearchPage(SearchType type, List<SearchHit> hits, int offset, long total, boolean totalCapped) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    public boolean hasMore() {
        return offset + hits.size() < total;
    }
}
