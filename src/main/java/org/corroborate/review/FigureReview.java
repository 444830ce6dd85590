package org.corroborate.review;

import java.time.Instant;
import org.corroborate.story.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A figure as the editor reviews it: the decision on it (null: not yet; LAPSED: needs approval again), the
 * wording to start from, and why the current user may not approve it now (null: they may, role permitting).
 */
public record FigureReview(long figureId, long storyId, String quote, String value, @Nullable Decision decision,
        @Nullable String wording, @Nullable String reason, @Nullable String decidedBy, @Nullable Instant decidedAt,
        @Nullable String lapsedBy, String suggestedWording, @Nullable String lastEvidenceChanger,
        @Nullable Refusal approvalRefusal, @Nullable String lastValueEditor) {

    public boolean needsApprovalAgain() {
        return decision == Decision.LAPSED;
    }
}
