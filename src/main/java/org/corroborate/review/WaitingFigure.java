package org.corroborate.review;

import org.corroborate.figure.FigureRef;
import org.corroborate.story.StoryRef;
import org.jspecify.annotations.Nullable;

/**
 * A figure that waits for an editor: undecided on a story in review, or its decision lapsed. {@code decision} is
 * null when nobody decided yet, {@link Decision#LAPSED} when the decision lapsed.
 */
public record WaitingFigure(StoryRef story, FigureRef figure, @Nullable Decision decision) {
}
