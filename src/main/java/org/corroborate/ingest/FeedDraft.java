package org.corroborate.ingest;

import org.jspecify.annotations.Nullable;

/**
 * A feed as an admin registers or edits it: its address, an optional title (the feed's own otherwise), the
 * source its items belong to when their pages' domains name none, their language when pages do not say it,
 * and how often it is read, in minutes.
 */
public record FeedDraft(String url, @Nullable String title, @Nullable Long publisherId, @Nullable String language,
        int intervalMinutes) {
}
