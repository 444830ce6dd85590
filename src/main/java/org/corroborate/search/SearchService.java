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
    /**
     * A phrase is checked on the last this many rows added that hold all its words, not on every such row:
     * checking the word order reads the row's document (see DD004, benchmark).
     */
    public static final int PHRASE_WINDOW = 1000;
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
        boolean phrase = !words.isEmpty() && queries.hasPhrase(words);
        return new SearchResults(words, SearchTarget.ALL.stream()
                .map(target -> page(target, words, phrase, 0, perGroup)).toList());
    }

    /** The results of one type from {@code offset}, e.g. the next page of a group. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public SearchPage page(SearchType type, String query, int offset, int limit) {
        String words = normalise(query);
        return page(SearchTarget.of(type), words, !words.isEmpty() && queries.hasPhrase(words), offset, limit);
    }

    private SearchPage page(SearchTarget target, String words, boolean phrase, int offset, int limit) {
        if (words.isEmpty()) {
            return new SearchPage(target.type(), List.of(), 0, 0, false, true, false);
        }
        return phrase ? phrasePage(target, words, offset, limit) : wordsPage(target, words, offset, limit);
    }

    /** Words only: the index answers which rows match; they are counted up to the cap, ranked below it. */
    private SearchPage wordsPage(SearchTarget target, String words, int offset, int limit) {
        long matches = queries.count(target, words, RANK_CAP + 1);
        if (matches == 0) {
            return new SearchPage(target.type(), List.of(), 0, 0, false, true, false);
        }
        boolean byRelevance = matches <= RANK_CAP;
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        List<SearchHit> hits = queries.find(target, words, from, size, byRelevance);
        boolean capped = !byRelevance;
        long total = hits.size() < size ? from + hits.size()
                : Math.max(matches, from + hits.size() + (capped ? 1 : 0));
        return new SearchPage(target.type(), hits, from, total, capped, byRelevance, false);
    }

    /**
     * A phrase: the rows holding all its words are found without checking positions; the last
     * {@link #PHRASE_WINDOW} of them added are checked for the phrase, counted exactly, and ranked if there
     * are few enough. If the window was full, older rows were not checked and the page says so.
     */
    private SearchPage phrasePage(SearchTarget target, String words, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        SearchQueries.PhrasePage found = queries.findPhrase(target, words, from, size, PHRASE_WINDOW, RANK_CAP);
        boolean partial = found.candidates() >= PHRASE_WINDOW;
        return new SearchPage(target.type(), found.hits(), found.matches() == 0 ? 0 : from, found.matches(),
                false, found.matches() <= RANK_CAP, partial);
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
