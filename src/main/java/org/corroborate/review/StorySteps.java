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

    /** The steps on a story, in the order a story takes them. */
    public enum Step {
        SUBMIT, APPROVE, PUBLISH, REOPEN
    }

    /** The step the story's state leads to: a draft is submitted, a story in review approved, an approved one published. */
    public Step next() {
        return switch (state) {
            case DRAFT -> Step.SUBMIT;
            case IN_REVIEW -> Step.APPROVE;
            case APPROVED -> Step.PUBLISH;
            case PUBLISHED -> Step.REOPEN;
        };
    }

    /** Why a step is not allowed now; null when it is. */
    public @Nullable Refusal refusal(Step step) {
        return switch (step) {
            case SUBMIT -> submitRefusal;
            case APPROVE -> approveRefusal;
            case PUBLISH -> publishRefusal;
            case REOPEN -> reopenRefusal;
        };
    }

    /** A figure not settled yet: its words in the story, and whether its approval lapsed (else it is undecided). */
    public record Unsettled(String quote, boolean lapsed) {
    }
}
