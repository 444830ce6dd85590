package org.corroborate.discussion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One comment as a thread shows it: its place ({@code depth} 0 for a comment, 1 for a reply...), who wrote it,
 * its words cut into text and mentions, and whether the current user wrote it (and so may edit or delete it).
 * A deleted comment is shown only when it has replies, without words.
 */
public record CommentRow(long id, @Nullable Long parentId, int depth, String author, String authorName,
        List<Mentions.Part> parts, String body, Instant createdAt, @Nullable Instant editedAt, boolean deleted,
        boolean mine) {

    /** The same comment as {@code username} sees it (whether it is theirs), for a row read once and shown to many. */
    public CommentRow seenBy(String username) {
        boolean theirs = author.equals(username);
        return theirs == mine ? this : new CommentRow(id, parentId, depth, author, authorName, parts, body, createdAt,
                editedAt, deleted, theirs);
    }
}
