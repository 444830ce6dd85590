package org.corroborate.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history feature's API, the only writer and reader of {@code change_log}: features append what they change,
 * in their own transaction (so a change and its line are stored together or not at all), signed by the current
 * user; the story, figure, source and report histories are read here.
 */
@Service
public class History {

    public static final String STORY = "STORY";
    public static final String FIGURE = "FIGURE";
    public static final String SOURCE = "SOURCE";
    public static final String REPORT = "REPORT";
    public static final String COMMENT = "COMMENT";
    public static final String EVIDENCE_CHANGED = "EVIDENCE_CHANGED";
    /** What a figure's evidence was when its story was published, so that later changes are seen as changes. */
    public static final String EVIDENCE_SNAPSHOT = "EVIDENCE_SNAPSHOT";
    public static final String STANDING_RECOMPUTED = "STANDING_RECOMPUTED";

    private final ChangeEntryRepository entries;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    History(ChangeEntryRepository entries, JdbcTemplate jdbc) {
        this.entries = entries;
        this.jdbc = jdbc;
    }

    /** Appends a line signed by the current user, now. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void record(@Nullable Long storyId, String entityType, long entityId, String action,
            @Nullable String before, @Nullable String after) {
        record(storyId, entityType, entityId, action, before, after, CurrentUser.usernameOrSystem(), clock.instant());
    }

    /** Appends a line signed by {@code by} at {@code at} (the time the change itself carries). */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void record(@Nullable Long storyId, String entityType, long entityId, String action,
            @Nullable String before, @Nullable String after, String by, Instant at) {
        entries.save(new ChangeEntry(storyId, entityType, entityId, action, before, after, by, at));
    }

    /**
     * Appends one line per subject (its id and what it is called), all with the same action and no story, signed
     * by the current user: a bulk import writes hundreds of reports per batch.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void recordAll(String entityType, String action, Map<Long, String> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        String by = CurrentUser.usernameOrSystem();
        Timestamp at = Timestamp.from(clock.instant());
        List<Object[]> rows = subjects.entrySet().stream()
                .map(s -> new Object[] {entityType, s.getKey(), action, s.getValue(), by, at}).toList();
        jdbc.batchUpdate("""
                insert into change_log (story_id, entity_type, entity_id, action, after_value, changed_by, changed_at)
                values (null, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The latest line of one of these actions about a figure. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<HistoryEntry> latest(long figureId, String... actions) {
        return entries.findLatest(figureId, List.of(actions), Limit.of(1)).stream().findFirst().map(ChangeEntry::row);
    }

    /** For each of these figures that has one, the latest line of one of these actions: one query for them all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<Long, HistoryEntry> latestOf(Collection<Long> figureIds, String... actions) {
        Map<Long, HistoryEntry> latest = new HashMap<>();
        if (!figureIds.isEmpty()) {
            entries.findOfFigures(figureIds, List.of(actions)).stream().map(ChangeEntry::row)
                    .forEach(e -> latest.merge(e.entityId(), e, (a, b) -> a.id() > b.id() ? a : b));
        }
        return latest;
    }

    /** A story's history, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<HistoryEntry> story(long storyId) {
        return entries.findHistory(storyId).stream().map(ChangeEntry::row).toList();
    }

    /** Everything recorded about one figure, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<HistoryEntry> figure(long figureId) {
        return entries.findFigureHistory(figureId).stream().map(ChangeEntry::row).toList();
    }

    /** Everything recorded about a source or a report (which belong to no story), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<HistoryEntry> entity(String entityType, long entityId) {
        return entries.findEntityHistory(entityType, entityId).stream().map(ChangeEntry::row).toList();
    }
}
