package org.corroborate.review;

import java.util.List;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;

/**
 * A story's review: its state, its figures' decisions, and why each next step is not allowed now (null: it is);
 * {@code rejectedInText} names the rejected figures still in the text, which keep the story from being published.
 */
public record StoryReview(long storyId, StoryState state, List<FigureReview> figures, @Nullable Refusal submitRefusal,
        @Nullable Refusal approveRefusal, @Nullable Refusal publishRefusal, @Nullable Refusal reopenRefusal,
        List<String> rejectedInText) {

    /** The figures still in the way of approving the story: undecided, or whose approval lapsed; in text order. */
    public List<FigureReview> unsettled() {
        return figures.stream().filter(f -> !Decision.settled(f.decision()))
                .toList();
    }

    /** The state and next steps, without the figures. */
    public StorySteps steps() {
        return new StorySteps(storyId, state, submitRefusal, approveRefusal, publishRefusal, reopenRefusal,
                rejectedInText, unsettled().stream()
                .map(f -> new StorySteps.Unsettled(f.quote(), f.needsApprovalAgain())).toList());
    }
}
