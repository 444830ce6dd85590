package org.corroborate.search;

import java.util.List;

/**
 * Some results of one type, best first, from {@code offset}. {@code total} is the number of matches, counted
 * up to {@link SearchService#RANK_CAP}; {@code totalCapped} says there may be more. {@code byRelevance} is false
 * when there were too many matches to rank ({@link SearchService#RANK_CAP}): they come newest first.
 * {@code partial} says that older rows may match too: for a phrase, only the last
 * {@link SearchService#PHRASE_WINDOW} rows added holding all its words were checked for the phrase, and {@code total}
 * counts the matches among those.
 */
public record SearchPage(SearchType type, List<SearchHit> hits, int offset, long total, boolean totalCapped,
        boolean byRelevance, boolean partial) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    public boolean hasMore() {
        return offset + hits.size() < total;
    }
}
