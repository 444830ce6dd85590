package org.corroborate.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** Who a story (or one of its figures, when {@code figureId} is set) is assigned to. */
@Entity
@Table(name = "assignment")
class Assignment extends AbstractEntity {

    @Column(name = "story_id", nullable = false, updatable = false)
    private Long storyId;

    @Column(name = "figure_id", updatable = false)
    private @Nullable Long figureId;

    @Column(name = "assignee", nullable = false)
    private String assignee;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {
    }

    Assignment(long storyId, @Nullable Long figureId, String assignee, String by, Instant at) {
        this.storyId = storyId;
        this.figureId = figureId;
        assignTo(assignee, by, at);
    }

    void assignTo(String person, String by, Instant at) {
        this.assignee = Objects.requireNonNull(person);
        this.assignedBy = Objects.requireNonNull(by);
        this.assignedAt = Objects.requireNonNull(at);
    }

    String getAssignee() {
        return assignee;
    }
}
