package org.corroborate.discussion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The comments on a story ({@code figureId} null) or on one of its figures, in thread order. */
public record Discussion(long storyId, @Nullable Long figureId, List<CommentRow> comments) {
}
