package org.corroborate.discussion;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Published in the commenting transaction when a comment names people ("@editor") who were not named before. */
public record Mentioned(Set<String> usernames, long storyId, @Nullable Long figureId, long commentId, String by,
        String excerpt) {
}
