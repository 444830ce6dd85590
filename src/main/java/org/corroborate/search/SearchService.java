package org.corroborate.search;

import java.util.List;
import org.corroborate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search feature's API: words in, results grouped by type, best first, matched words marked. */
@Service
public class SearchService {

    /**
     * Up to this many matches, results are ranked by relevance and counted; past it they come newest first
     * and the view says "300+": ranking or counting reads every match's document (see DD004, benchmark).
     */
    public static final int RANK_CAP = 300;
    public static final int MAX_PAGE = 50;
    static final int MAX_QUERY_LENGTH = 300;

    private final SearchQueries queries;

    SearchService(SearchQueries queries) {
        this.queries = queries;
    }

    /** The first {@code perGroup} results of each type; none for a blank query. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public SearchResults search(String query, int perGroup) {
        String words = normalise(query);
        return new SearchResults(words, SearchTarget.ALL.stream()
                .map(target -> page(target, words, 0, perGroup)).toList());
    }

    /** The results of one type from {@code offset}, e.g. the next page of a group. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public SearchPage page(SearchType type, String query, int offset, int limit) {
        return page(SearchTarget.of(type), normalise(query), offset, limit);
    }

    private SearchPage page(SearchTarget target, String words, int offset, int limit) {
        if (words.isEmpty()) {
            return new SearchPage(target.type(), List.of(), 0, 0, false, true);
        }
        long matches = queries.count(target, words, RANK_CAP + 1);
        if (matches == 0) {
            return new SearchPage(target.type(), List.of(), 0, 0, false, true);
        }
        boolean byRelevance = matches <= RANK_CAP;
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        List<SearchHit> hits = queries.find(target, words, from, size, byRelevance);
        boolean capped = !byRelevance;
        long total = hits.size() < size ? from + hits.size()
                : Math.max(matches, from + hits.size() + (capped ? 1 : 0));
        return new SearchPage(target.type(), hits, from, total, capped, byRelevance);
    }

    /** Trimmed, at most {@link #MAX_QUERY_LENGTH} characters, without NUL or the characters that mark matches. */
    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String words = query.replace('\u0000', ' ').replace(Highlighted.START, ' ').replace(Highlighted.STOP, ' ')
                .strip();
        return words.length() > MAX_QUERY_LENGTH ? words.substring(0, MAX_QUERY_LENGTH).strip() : words;
    }
}
