package org.corroborate.review;

import java.time.Instant;
import org.corroborate.story.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A figure as the editor reviews it: the decision on it (null: not yet; LAPSED: needs approval again), the
 * wording to start from, and why the current user may not approve it now (null: they may, role permitting);
 * {@code detached} when an edit of the text took its words out.
 */
public record FigureReview(long figureId, long storyId, String quote, String value, @Nullable Decision decision,
        @Nullable String wording, @Nullable String reason, @Nullable String decidedBy, @Nullable Instant decidedAt,
        @Nullable String lapsedBy, String suggestedWording, @Nullable String lastEvidenceChanger,
        @Nullable Refusal approvalRefusal, @Nullable String lastValueEditor, boolean detached) {

    /** A figure whose words are in the text. */
    public FigureReview(long figureId, long storyId, String quote, String value, @Nullable Decision decision,
            @Nullable String wording, @Nullable String reason, @Nullable String decidedBy, @Nullable Instant decidedAt,
            @Nullable String lapsedBy, String suggestedWording, @Nullable String lastEvidenceChanger,
            @Nullable Refusal approvalRefusal, @Nullable String lastValueEditor) {
        this(figureId, storyId, quote, value, decision, wording, reason, decidedBy, decidedAt, lapsedBy,
                suggestedWording, lastEvidenceChanger, approvalRefusal, lastValueEditor, false);
    }

    public boolean needsApprovalAgain() {
        return decision == Decision.LAPSED;
    }
}
