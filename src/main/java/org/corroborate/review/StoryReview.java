package org.corroborate.review;

import java.util.List;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;

/** A story's review: its state, its figures' decisions, and why each next step is not allowed now (null: it is). */
public record StoryReview(long storyId, StoryState state, List<FigureReview> figures, @Nullable Refusal submitRefusal,
        @Nullable Refusal approveRefusal, @Nullable Refusal publishRefusal, @Nullable Refusal reopenRefusal) {
}
