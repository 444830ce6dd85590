package org.corroborate.figure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.source.Source;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One quantitative statement in a story, anchored to its exact text span. The story is referenced by id:
 * figures change on their own (evidence, approval) without loading the story.
 */
@Entity
@Table(name = "figure")
public class Figure extends AbstractEntity {

    @Column(name = "story_id", nullable = false, updatable = false)
    private Long storyId;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(name = "quote", nullable = false)
    private String quote;

    @Embedded
    private Quantity quantity;

    @Embedded
    private Measure measure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attributed_source_id")
    private @Nullable Source attributedSource;

    /** The attribution in the story's words when no registered source matches it; null once one is attributed. */
    @Column(name = "attribution_mention")
    private @Nullable String attributionMention;

    @Column(name = "detached", nullable = false)
    private boolean detached;

    @Column(name = "value_edited_by")
    private @Nullable String valueEditedBy;

    @Column(name = "value_edited_at")
    private @Nullable Instant valueEditedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    /** Who last corrected where and when the figure counts; null while its scope is read from the story. */
    @Column(name = "scope_edited_by")
    private @Nullable String scopeEditedBy;

    @Column(name = "scope_edited_at")
    private @Nullable Instant scopeEditedAt;

    protected Figure() {
    }

    private Figure(Long storyId, int start, String quote, Quantity quantity, Measure measure,
            @Nullable Source attributedSource) {
        this.storyId = storyId;
        this.startOffset = start;
        this.endOffset = start + quote.length();
        this.quote = quote;
        this.quantity = quantity;
        this.measure = measure;
        this.attributedSource = attributedSource;
    }

    /** A figure at {@code start} in the story's text; refuses a quote that is not there. */
    public static Figure anchor(long storyId, String storyText, int start, String quote, Quantity quantity,
            Measure measure, @Nullable Source attributedSource) {
        Objects.requireNonNull(quote);
        if (quote.isEmpty() || start < 0 || !storyText.startsWith(quote, start)) {
            throw new IllegalArgumentException("The quote \"" + quote + "\" is not in the story at " + start);
        }
        return new Figure(storyId, start, quote, Objects.requireNonNull(quantity), Objects.requireNonNull(measure),
                attributedSource);
    }

    /**
     * Follows an edit of the story's text: the figure moves with its words, or is flagged as detached when
     * its quote is no longer there. A detached figure keeps its evidence and approval history.
     */
    public void followEdit(TextEdit edit) {
        if (detached) {
            return;
        }
        edit.follow(startOffset, quote).ifPresentOrElse(this::moveTo, () -> detached = true);
    }

    /**
     * A detached figure's words are in the story's text again (at {@code start}, where the caller found its quote): the
     * figure is anchored there and highlighted again. Its evidence and history are kept; its decision is not restored.
     */
    public void reanchor(String text, int start) {
        if (!detached) {
            throw new IllegalStateException("Figure " + getId() + " is anchored");
        }
        if (start < 0 || !text.startsWith(quote, start)) {
            throw new IllegalArgumentException("The figure's words are not at " + start);
        }
        moveTo(start);
        detached = false;
    }

    private void moveTo(int start) {
        this.startOffset = start;
        this.endOffset = start + quote.length();
    }

    /**
     * A fact-checker corrects the figure's value, measure or attribution (or restores an earlier one); the
     * figure remembers who, for four eyes. Its words in the story stay where they are.
     */
    public void correct(Quantity newQuantity, Measure newMeasure, @Nullable Source newAttribution, String by,
            Instant at) {
        this.quantity = Objects.requireNonNull(newQuantity);
        Objects.requireNonNull(newMeasure);
        // a corrected scope stays when the value is corrected by a form that does not show it
        this.measure = scopeEditedBy != null && newMeasure.placeId() == null && newMeasure.days() == null
                ? newMeasure.scoped(measure.placeId(), measure.place(), measure.days()) : newMeasure;
        this.attributedSource = newAttribution;
        if (newAttribution != null) {
            this.attributionMention = null;
        }
        this.valueEditedBy = Objects.requireNonNull(by);
        this.valueEditedAt = Objects.requireNonNull(at);
    }

    /**
     * A fact-checker says where and when the figure counts: a place of the registry (null: its story's) and the
     * days (null: its story's window). From now on its scope is this, not what its sentence seems to say.
     */
    public void correctScope(Measure scoped, String by, Instant at) {
        this.measure = Objects.requireNonNull(scoped);
        this.scopeEditedBy = Objects.requireNonNull(by);
        this.scopeEditedAt = Objects.requireNonNull(at);
    }

    public @Nullable String getScopeEditedBy() {
        return scopeEditedBy;
    }

    public @Nullable Instant getScopeEditedAt() {
        return scopeEditedAt;
    }

    /**
     * Keeps the attribution as the story words it ("selon le ministère de la Santé"), when no registered source is
     * attributed: it is not lost, and the fact-checker may register the source.
     */
    public void attributeUnregistered(@Nullable String mention) {
        String words = mention == null ? null : mention.strip();
        this.attributionMention = attributedSource != null || words == null || words.isEmpty() ? null
                : words.length() > 300 ? words.substring(0, 300) : words;
    }

    public @Nullable String getAttributionMention() {
        return attributionMention;
    }

    /** Who last corrected or restored the value; null when nobody did since it was added. */
    public @Nullable String getValueEditedBy() {
        return valueEditedBy;
    }

    public @Nullable Instant getValueEditedAt() {
        return valueEditedAt;
    }

    public boolean isDetached() {
        return detached;
    }

    public Long getStoryId() {
        return storyId;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getQuote() {
        return quote;
    }

    public Quantity getQuantity() {
        return quantity;
    }

    public Measure getMeasure() {
        return measure;
    }

    public @Nullable Source getAttributedSource() {
        return attributedSource;
    }
}
