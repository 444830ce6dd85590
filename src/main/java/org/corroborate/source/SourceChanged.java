package org.corroborate.source;

import org.jspecify.annotations.Nullable;

/**
 * A source was registered, edited or merged: whatever depends on it (figure standings, credibility) may
 * need recomputing. After a merge, {@code sourceId} is the survivor and {@code mergedId} the source that
 * no longer exists, whose references all point to the survivor now.
 */
public record SourceChanged(long sourceId, @Nullable Long mergedId) {

    public SourceChanged(long sourceId) {
        this(sourceId, null);
    }
}
