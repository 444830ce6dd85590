package org.corroborate.figure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A figure the extraction engine found in a story, until a fact-checker accepts it (it becomes a
 * {@link Figure}) or dismisses it. Dismissed suggestions are kept so that re-extraction leaves them out.
 */
@Entity
@Table(name = "figure_suggestion")
class FigureSuggestion extends AbstractEntity {

    /** How far a re-extracted quote may be from a dismissed one and still be the same suggestion. */
    static final int SAME_PLACE = 40;

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

    @Column(name = "attribution_mention")
    private @Nullable String attributionMention;

    @Column(name = "attributed_source_id")
    private @Nullable Long attributedSourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private SuggestionState state = SuggestionState.SUGGESTED;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** The number's decimal mark could not be told from the words around it ("1,200"): a person should check it. */
    @Column(name = "ambiguous_number", nullable = false, updatable = false)
    private boolean ambiguousNumber;

    protected FigureSuggestion() {
    }

    FigureSuggestion(long storyId, int start, String quote, Quantity quantity, Measure measure,
            @Nullable String attributionMention, @Nullable Long attributedSourceId, boolean ambiguousNumber) {
        if (quote.isEmpty() || start < 0) {
            throw new IllegalArgumentException("A suggestion needs a quote at a place in the text");
        }
        this.storyId = storyId;
        this.startOffset = start;
        this.endOffset = start + quote.length();
        this.quote = quote;
        this.quantity = Objects.requireNonNull(quantity);
        this.measure = Objects.requireNonNull(measure);
        this.attributionMention = attributionMention;
        this.attributedSourceId = attributedSourceId;
        this.ambiguousNumber = ambiguousNumber;
    }

    /** The fact-checker does not want this figure checked; re-extraction will not suggest it again. */
    public void dismiss() {
        requireSuggested();
        state = SuggestionState.DISMISSED;
    }

    /** The suggestion became a figure. */
    public void accept() {
        requireSuggested();
        state = SuggestionState.ACCEPTED;
    }

    /**
     * The figure it became was removed (accepted by mistake: no figure to check): it counts as dismissed, so that
     * re-extraction does not suggest the same words again.
     */
    void withdraw() {
        if (state != SuggestionState.ACCEPTED) {
            throw new IllegalStateException("Suggestion " + getId() + " is " + state + ", not accepted");
        }
        state = SuggestionState.DISMISSED;
    }

    /** Follows an edit of the story's text; false when the quote is gone. */
    boolean followEdit(TextEdit edit) {
        var moved = edit.follow(startOffset, quote);
        moved.ifPresent(start -> {
            startOffset = start;
            endOffset = start + quote.length();
        });
        return moved.isPresent();
    }

    /** The same words at about the same place: what re-extraction must not suggest again once dismissed. */
    boolean isSameAs(String otherQuote, int otherStart) {
        return quote.equals(otherQuote) && Math.abs(startOffset - otherStart) <= SAME_PLACE;
    }

    private void requireSuggested() {
        if (state != SuggestionState.SUGGESTED) {
            throw new IllegalStateException("Suggestion " + getId() + " is already " + state);
        }
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

    public @Nullable String getAttributionMention() {
        return attributionMention;
    }

    public @Nullable Long getAttributedSourceId() {
        return attributedSourceId;
    }

    public boolean isAmbiguousNumber() {
        return ambiguousNumber;
    }

    public SuggestionState getState() {
        return state;
    }
}
