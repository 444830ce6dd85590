package org.corroborate.review;

import java.util.List;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;

/**
 * A story's state and why each next step is not allowed now (null: it is), the same for everyone who looks (who may
 * take a step is their role's); {@code rejectedInText} names the rejected figures still in the text, {@code unsettled}
 * the figures still in the way of approving the story (undecided, or whose approval lapsed), in text order.
 */
public record StorySteps(long storyId, StoryState state, @Nullable Refusal submitRefusal,
        @Nullable Refusal approveRefusal, @Nullable Refusal publishRefusal, @Nullable Refusal reopenRefusal,
        List<String> rejectedInText, List<Unsettled> unsettled) {

    /** A figure not settled yet: its words in the story, and whether its approval lapsed (else it is undecided). */
    public record Unsettled(String quote, boolean lapsed) {
    }
}
