package org.corroborate.collaboration;

import org.jspecify.annotations.Nullable;

/** Someone else who has the story open: who, and the figure they are on (if any). */
public record Presence(String username, String displayName, @Nullable Long figureId, @Nullable String figureQuote) {
}
