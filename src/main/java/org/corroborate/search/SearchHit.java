package org.corroborate.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One result: a story, a figure (with its story), a report or a comment (with its story, and its figure when it
 * is on one). {@code title} and {@code text} have the matched words marked; {@code context} is the report's
 * publisher or the story title of the figure or comment.
 */
public record SearchHit(SearchType type, long id, @Nullable Long storyId, @Nullable Long figureId,
        Highlighted title, Highlighted text, @Nullable String context, @Nullable Instant at, double rank) {

    /** The route of the result's page: the story, the story with the figure open, or the report. */
    public String location() {
        return switch (type) {
            case STORY -> "story/" + id;
            case FIGURE -> "story/" + storyId + "?figure=" + id;
            case REPORT -> "report/" + id;
            case COMMENT -> figureId == null ? "story/" + storyId : "story/" + storyId + "?figure=" + figureId;
        };
    }
}
