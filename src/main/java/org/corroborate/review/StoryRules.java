package org.corroborate.review;

import java.util.Collection;
import java.util.Optional;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;

/** When a story may move on: the brief's draft → in review → approved → published, and back by reopening. */
public final class StoryRules {

    private StoryRules() {
    }

    public static Optional<Refusal> submit(StoryState state) {
        return state == StoryState.DRAFT ? Optional.empty() : Optional.of(Refusal.NOT_DRAFT);
    }

    /** A story is approved only when every figure is approved or rejected, none lapsed or undecided (null). */
    public static Optional<Refusal> approve(StoryState state, Collection<@Nullable Decision> figureDecisions) {
        if (state != StoryState.IN_REVIEW) {
            return Optional.of(Refusal.NOT_IN_REVIEW);
        }
        boolean allDecided = figureDecisions.stream()
                .allMatch(d -> d == Decision.APPROVED || d == Decision.REJECTED);
        return allDecided ? Optional.empty() : Optional.of(Refusal.FIGURES_UNREVIEWED);
    }

    public static Optional<Refusal> publish(StoryState state) {
        return state == StoryState.APPROVED ? Optional.empty() : Optional.of(Refusal.NOT_APPROVED);
    }

    public static Optional<Refusal> reopen(StoryState state) {
        return state == StoryState.APPROVED || state == StoryState.PUBLISHED ? Optional.empty()
                : Optional.of(Refusal.NOT_CLOSED);
    }

    /** Figures of a published story are locked. */
    public static Optional<Refusal> changeFigures(StoryState state) {
        return state == StoryState.PUBLISHED ? Optional.of(Refusal.STORY_PUBLISHED) : Optional.empty();
    }
}
