package org.corroborate.search;

/**
 * Where a type of result lives: one view of the search's read model (V55__search_read_model.sql, DD008), all with
 * the same columns: what a hit opens ({@code id, story_id, figure_id}), its {@code language} (which chooses the
 * text search configuration), its {@code document} (a tsvector with a GIN index, see V11__search.sql), what to show
 * ({@code title, text, context}) and its time ({@code at}). The SQL fragments are constants, never user input.
 * Adding a searchable type is one more view and one more constant in {@link #ALL}.
 */
record SearchTarget(SearchType type, String view, boolean wholeText) {

    static final SearchTarget STORIES = new SearchTarget(SearchType.STORY, "search_story", false);

    /** Figures, in their story's language; detached ones are not in the view. */
    static final SearchTarget FIGURES = new SearchTarget(SearchType.FIGURE, "search_figure", true);

    static final SearchTarget REPORTS = new SearchTarget(SearchType.REPORT, "search_report", false);

    /** Comments, shown by author and text; deleted ones have no document (V13) and are not in the view. */
    static final SearchTarget COMMENTS = new SearchTarget(SearchType.COMMENT, "search_comment", false);

    static final java.util.List<SearchTarget> ALL = java.util.List.of(STORIES, FIGURES, REPORTS, COMMENTS);

    static SearchTarget of(SearchType type) {
        return ALL.stream().filter(t -> t.type == type).findFirst().orElseThrow();
    }

    String from() {
        return view + " t";
    }

    String where() {
        return "true";
    }

    String document() {
        return "t.document";
    }

    String language() {
        return "t.language";
    }

    String id() {
        return "t.id";
    }

    String storyId() {
        return "t.story_id";
    }

    String figureId() {
        return "t.figure_id";
    }

    String title() {
        return "t.title";
    }

    String text() {
        return "t.text";
    }

    String context() {
        return "t.context";
    }

    String at() {
        return "t.at";
    }
}
