package org.corroborate.search;

/**
 * Where a type of result lives: SQL fragments (constants, never user input) naming its rows, its search
 * document (a tsvector column with a GIN index, see V11__search.sql), the language that chooses the text
 * search configuration, and what to show. Adding a searchable type is one more constant in {@link #ALL}.
 */
record SearchTarget(SearchType type, String from, String where, String document, String language, String id,
        String storyId, String figureId, String title, String text, boolean wholeText, String context, String at) {

    static final SearchTarget STORIES = new SearchTarget(SearchType.STORY,
            "story s", "true", "s.search_doc", "s.language",
            "s.id", "s.id", "null::bigint", "s.title", "s.body", false, "s.desk", "s.updated_at");

    static final SearchTarget FIGURES = new SearchTarget(SearchType.FIGURE,
            "figure f join story s on s.id = f.story_id", "not f.detached", "f.search_doc", "s.language",
            "f.id", "s.id", "f.id", "f.quote",
            "concat_ws(' · ', nullif(f.subject, ''), nullif(f.place, ''), nullif(f.period, ''))", true,
            "s.title", "f.updated_at");

    static final SearchTarget REPORTS = new SearchTarget(SearchType.REPORT,
            "report r join source p on p.id = r.publisher_id", "true", "r.search_doc", "r.language",
            "r.id", "null::bigint", "null::bigint", "r.title", "r.body", false, "p.name", "r.published_at");

    /** Comments, shown by author and text; deleted ones have no document (V13) and are filtered out too. */
    static final SearchTarget COMMENTS = new SearchTarget(SearchType.COMMENT,
            "comment c join story s on s.id = c.story_id", "not c.deleted", "c.search_doc", "s.language",
            "c.id", "s.id", "c.figure_id", "c.author", "c.body", false, "s.title", "c.created_at");

    static final java.util.List<SearchTarget> ALL = java.util.List.of(STORIES, FIGURES, REPORTS, COMMENTS);

    static SearchTarget of(SearchType type) {
        return ALL.stream().filter(t -> t.type == type).findFirst().orElseThrow();
    }
}
