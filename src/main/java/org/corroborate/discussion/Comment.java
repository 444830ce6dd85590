package org.corroborate.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a story, or on one of its figures when {@code figureId} is set; a reply names its parent. Only its
 * author edits or deletes it; a deleted comment keeps its place (and its replies) but not its words.
 */
@Entity
@Table(name = "comment")
class Comment extends AbstractEntity {

    @Column(name = "story_id", nullable = false, updatable = false)
    private Long storyId;

    @Column(name = "figure_id", updatable = false)
    private @Nullable Long figureId;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected Comment() {
    }

    Comment(long storyId, @Nullable Long figureId, @Nullable Long parentId, String author, String body, Instant at) {
        this.storyId = storyId;
        this.figureId = figureId;
        this.parentId = parentId;
        this.author = Objects.requireNonNull(author);
        this.body = requireText(body);
        this.createdAt = Objects.requireNonNull(at);
    }

    /** The author rewrites the comment. */
    void edit(String newBody, String by, Instant at) {
        requireAuthor(by);
        if (deleted) {
            throw new CommentRefusedException(CommentRefusedException.Reason.DELETED);
        }
        this.body = requireText(newBody);
        this.editedAt = at;
    }

    /** The author withdraws the comment; its words go, its place in the thread stays. */
    void delete(String by, Instant at) {
        requireAuthor(by);
        this.deleted = true;
        this.body = "";
        this.editedAt = at;
    }

    private void requireAuthor(String by) {
        if (!author.equals(by)) {
            throw new CommentRefusedException(CommentRefusedException.Reason.NOT_AUTHOR);
        }
    }

    static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new CommentRefusedException(CommentRefusedException.Reason.EMPTY);
        }
        if (text.length() > 10_000) {
            throw new CommentRefusedException(CommentRefusedException.Reason.TOO_LONG);
        }
        return text.strip();
    }

    Long getStoryId() {
        return storyId;
    }

    @Nullable Long getFigureId() {
        return figureId;
    }

    @Nullable Long getParentId() {
        return parentId;
    }

    String getAuthor() {
        return author;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getEditedAt() {
        return editedAt;
    }

    boolean isDeleted() {
        return deleted;
    }
}
