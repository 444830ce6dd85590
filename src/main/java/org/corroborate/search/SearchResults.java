package org.corroborate.search;

import java.util.List;

/** The first page of each type for a query; empty groups included, in {@link SearchType} order. */
public record SearchResults(String query, List<SearchPage> groups) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.stream().allMatch(g -> g.hits().isEmpty() && !g.partial());
    }

    public SearchPage group(SearchType type) {
        return groups.stream().filter(g -> g.type() == type).findFirst().orElseThrow();
    }
}
