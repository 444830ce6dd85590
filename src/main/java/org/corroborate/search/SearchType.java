package org.corroborate.search;

/** What a search result is; the results are grouped by it, in this order. */
public enum SearchType {
    STORY, FIGURE, REPORT, COMMENT
}
