package org.corroborate.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.corroborate.base.domain.AbstractEntity;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the append-only history: who changed what, when, from what to what. */
@Entity
@Immutable
@Table(name = "change_log")
class ChangeEntry extends AbstractEntity {

    @Column(name = "story_id", updatable = false)
    private @Nullable Long storyId;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "before_value", updatable = false)
    private @Nullable String before;

    @Column(name = "after_value", updatable = false)
    private @Nullable String after;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ChangeEntry() {
    }

    ChangeEntry(@Nullable Long storyId, String entityType, long entityId, String action, @Nullable String before,
            @Nullable String after, String changedBy, Instant changedAt) {
        this.storyId = storyId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    HistoryEntry row() {
        return new HistoryEntry(getId(), changedAt, changedBy, entityType, entityId, action, before, after);
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    @Nullable String getAfter() {
        return after;
    }
}
