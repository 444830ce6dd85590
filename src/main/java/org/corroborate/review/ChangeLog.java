package org.corroborate.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Appends to the history, in the caller's transaction, signed by the current user. */
@Component
class ChangeLog {

    static final String STORY = "STORY";
    static final String FIGURE = "FIGURE";
    static final String EVIDENCE_CHANGED = "EVIDENCE_CHANGED";
    /** What a figure's evidence was when its story was published, so that later changes are seen as changes. */
    static final String EVIDENCE_SNAPSHOT = "EVIDENCE_SNAPSHOT";
    static final String STANDING_RECOMPUTED = "STANDING_RECOMPUTED";
    static final String SOURCE = "SOURCE";
    static final String REPORT = "REPORT";

    private final ChangeEntryRepository entries;
    private final Clock clock = Clock.systemUTC();

    ChangeLog(ChangeEntryRepository entries) {
        this.entries = entries;
    }

    Instant now() {
        return clock.instant();
    }

    void record(@Nullable Long storyId, String entityType, long entityId, String action, @Nullable String before,
            @Nullable String after) {
        entries.save(new ChangeEntry(storyId, entityType, entityId, action, before, after,
                CurrentUser.usernameOrSystem(), now()));
    }

    /** Records reports stored by a bulk import, one line each, signed by the current user. */
    void recordImported(List<Long> reportIds) {
        if (!reportIds.isEmpty()) {
            entries.recordImported(reportIds, CurrentUser.usernameOrSystem(), now());
        }
    }

    /** The latest entry of one of these actions about a figure. */
    Optional<ChangeEntry> latest(long figureId, String... actions) {
        return entries.findLatest(figureId, List.of(actions), Limit.of(1)).stream().findFirst();
    }

    List<HistoryEntry> history(long storyId) {
        return entries.findHistory(storyId).stream().map(ChangeEntry::row).toList();
    }

    /** Everything recorded about one figure, newest first. */
    List<HistoryEntry> figureHistory(long figureId) {
        return entries.findFigureHistory(figureId).stream().map(ChangeEntry::row).toList();
    }

    /** Everything recorded about a source or a report (which belong to no story), newest first. */
    List<HistoryEntry> entityHistory(String entityType, long entityId) {
        return entries.findEntityHistory(entityType, entityId).stream().map(ChangeEntry::row).toList();
    }
}
