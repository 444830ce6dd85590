package org.corroborate.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** Something one person is told inside the app, about a story or one of its figures; unread until they say so. */
@Entity
@Table(name = "notification")
class Notification extends AbstractEntity {

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "story_id", nullable = false, updatable = false)
    private Long storyId;

    @Column(name = "figure_id", updatable = false)
    private @Nullable Long figureId;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "excerpt", updatable = false)
    private @Nullable String excerpt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, NotificationKind kind, long storyId, @Nullable Long figureId, String actor,
            @Nullable String excerpt, Instant at) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.storyId = storyId;
        this.figureId = figureId;
        this.actor = Objects.requireNonNull(actor);
        this.excerpt = excerpt;
        this.createdAt = Objects.requireNonNull(at);
    }

    /** The recipient has seen it; reading it again changes nothing. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    String getRecipient() {
        return recipient;
    }
}
