package org.corroborate.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes comment changes to the story's history (the review feature's append-only {@code change_log}), in the
 * caller's transaction, so that a comment and its history line are stored together or not at all.
 */
@Component
class CommentHistory {

    static final String COMMENT = "COMMENT";

    private final JdbcTemplate jdbc;

    CommentHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long storyId, long commentId, String action, @Nullable String before, @Nullable String after,
            String by, Instant at) {
        jdbc.update("""
                insert into change_log (story_id, entity_type, entity_id, action, before_value, after_value,
                                        changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", storyId, COMMENT, commentId, action, before, after, by,
                Timestamp.from(at));
    }
}
