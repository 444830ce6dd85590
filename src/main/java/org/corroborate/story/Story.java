package org.corroborate.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.corroborate.base.domain.AbstractEntity;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** The piece being checked or edited. */
@Entity
@Table(name = "story")
class Story extends AbstractEntity {

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "desk")
    private @Nullable String desk;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private StoryState state = StoryState.DRAFT;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "created_by")
    private @Nullable String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    /** The places an editor set as the story's (registry ids, most important first, comma-separated); null: read. */
    @Column(name = "scope_places")
    private @Nullable String scopePlaces;

    @Column(name = "scope_from")
    private @Nullable LocalDate scopeFrom;

    @Column(name = "scope_to")
    private @Nullable LocalDate scopeTo;

    @Column(name = "scope_edited_by")
    private @Nullable String scopeEditedBy;

    @Column(name = "scope_edited_at")
    private @Nullable Instant scopeEditedAt;

    protected Story() {
    }

    /**
     * A fact-checker sets where and when the story's event is: its places and its window, which its figures inherit
     * when they say none themselves. Empty places and no days give the reading back to the text.
     */
    public void rescope(List<Long> placeIds, @Nullable LocalDate from, @Nullable LocalDate to,
            String by, Instant at) {
        if (state.locked()) {
            throw new StoryPublishedException(getId());
        }
        if ((from == null) != (to == null) || (from != null && from.isAfter(to))) {
            throw new IllegalArgumentException("A story's window needs a first day not after its last day");
        }
        boolean read = placeIds.isEmpty() && from == null;
        this.scopePlaces = placeIds.isEmpty() ? null
                : String.join(",", placeIds.stream().map(String::valueOf).toList());
        this.scopeFrom = from;
        this.scopeTo = to;
        this.scopeEditedBy = read ? null : by;
        this.scopeEditedAt = read ? null : at;
    }

    /** The scope an editor set, if any. */
    public java.util.Optional<StoryScopeSetting> scopeSetting() {
        if (scopeEditedBy == null) {
            return java.util.Optional.empty();
        }
        List<Long> ids = scopePlaces == null ? List.of()
                : java.util.Arrays.stream(scopePlaces.split(",")).map(Long::valueOf).toList();
        return java.util.Optional.of(new StoryScopeSetting(ids, scopeFrom, scopeTo, scopeEditedBy, scopeEditedAt));
    }

    private Story(String title, String language, String body, @Nullable String createdBy) {
        this.title = StoryRules.title(title);
        this.language = language;
        this.body = body;
        this.createdBy = createdBy;
    }

    /** A new draft; refuses a story that breaks {@link StoryRules}. */
    public static Story draft(String title, String language, String body, @Nullable String createdBy) {
        List<String> problems = StoryRules.problems(title, language, body);
        if (!problems.isEmpty()) {
            throw new InvalidStoryException(problems);
        }
        return new Story(title, language, body, createdBy);
    }

    /**
     * Replaces the story's text with an edited one; refuses a text that breaks {@link StoryRules}, and any
     * change to a published story.
     */
    public void reviseText(String text) {
        if (state.locked()) {
            throw new StoryPublishedException(getId());
        }
        List<String> problems = StoryRules.problems(title, language, text);
        if (!problems.isEmpty()) {
            throw new InvalidStoryException(problems);
        }
        this.body = text;
    }

    /** For a story that already ran (the seed story): when it was published. */
    public void datePublication(Instant when) {
        this.publishedAt = when;
    }

    /** Draft → in review: the fact-checkers hand the story to the editors. */
    public void submitForReview() {
        refuseIf(StoryRules.submit(state));
        this.state = StoryState.IN_REVIEW;
    }

    /** In review → approved. Whether every figure is decided is the review feature's to say; this guards the state. */
    public void approve() {
        refuseIf(StoryRules.approve(state, true));
        this.state = StoryState.APPROVED;
    }

    /** Approved → published; dated now unless it already ran. Whether a rejected figure is still in the text is review's to say. */
    public void publish(Instant when) {
        refuseIf(StoryRules.publish(state, false));
        this.state = StoryState.PUBLISHED;
        if (publishedAt == null) {
            this.publishedAt = when;
        }
    }

    /** Approved or published → back in review, so that its figures may change again. */
    public void reopen() {
        refuseIf(StoryRules.reopen(state));
        this.state = StoryState.IN_REVIEW;
    }

    private void refuseIf(java.util.Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new IllegalStateException("Story " + getId() + " is " + state + ": " + r);
        });
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getDesk() {
        return desk;
    }

    public StoryState getState() {
        return state;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
