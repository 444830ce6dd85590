package org.corroborate.collaboration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;
import org.corroborate.figure.FigureRef;
import org.corroborate.figure.FigureService;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Presence on a story, kept in the database so that every app instance sees it; each change is announced
 * on the story's live topic. A tab refreshes its row while open ({@link #HEARTBEAT}); rows older than
 * {@link #EXPIRY} are someone long gone.
 */
@Service
public class PresenceService {

    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration EXPIRY = Duration.ofSeconds(90);

    private final JdbcTemplate jdbc;
    private final StoryWatch watch;
    private final UserService users;
    private final FigureService figures;
    private final Clock clock = Clock.systemUTC();

    PresenceService(JdbcTemplate jdbc, StoryWatch watch, UserService users, FigureService figures) {
        this.users = users;
        this.figures = figures;
        this.jdbc = jdbc;
        this.watch = watch;
    }

    /** The current user's tab {@code sessionKey} is on the story, on {@code figureId} (null: none). */
    @Transactional
    @PreAuthorize(Role.Names.CAN_READ)
    public void at(String sessionKey, long storyId, @Nullable Long figureId) {
        jdbc.update("""
                insert into presence (session_key, story_id, username, figure_id, seen_at) values (?, ?, ?, ?, ?)
                on conflict (session_key) do update
                set story_id = excluded.story_id, username = excluded.username, figure_id = excluded.figure_id,
                    seen_at = excluded.seen_at
                """, sessionKey, storyId, CurrentUser.username().orElseThrow(), figureId, now());
        watch.announce(storyId, StoryChange.Aspect.PRESENCE);
    }

    /** The tab is still there; nobody needs telling. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_READ)
    public void stillHere(String sessionKey) {
        jdbc.update("update presence set seen_at = ? where session_key = ?", now(), sessionKey);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_READ)
    public void left(String sessionKey) {
        List<Long> stories = jdbc.queryForList("delete from presence where session_key = ? returning story_id",
                Long.class, sessionKey);
        stories.forEach(storyId -> watch.announce(storyId, StoryChange.Aspect.PRESENCE));
    }

    /**
     * Who else is on the story: other people's tabs, one entry per person (their latest tab). The current user's own
     * other tabs are not "also here" (third walk, H21: a fact-checker was shown herself, on a figure, from a browser
     * she had closed minutes before).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Presence> others(long storyId, String mySessionKey) {
        String me = CurrentUser.username().orElse("");
        Set<String> seen = new HashSet<>();
        return LiveRound.shared(List.of("presence", storyId), () -> tabs(storyId)).stream()
                .filter(tab -> !tab.sessionKey().equals(mySessionKey) && !tab.presence().username().equalsIgnoreCase(me)
                        && seen.add(tab.presence().username()))
                .map(Tab::presence).toList();
    }

    /** A tab open on a story and who is on it where. */
    private record Tab(String sessionKey, Presence presence) {
    }

    /** Every tab open on the story, by person, each person's latest first: read once per live round for all views. */
    private List<Tab> tabs(long storyId) {
        record Row(String sessionKey, String username, @Nullable Long figureId) {
        }
        List<Row> rows = jdbc.query("""
                select p.session_key, p.username, p.figure_id
                from presence p
                where p.story_id = ? and p.seen_at > ?
                order by p.username, p.seen_at desc
                """, (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3)),
                storyId, Timestamp.from(clock.instant().minus(EXPIRY)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = users.displayNamesByLowerLogin();
        List<Long> figureIds = rows.stream().map(Row::figureId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> quotes = figures.refs(figureIds).stream()
                .collect(Collectors.toMap(FigureRef::id, FigureRef::quote));
        return rows.stream().map(r -> new Tab(r.sessionKey(), new Presence(r.username(),
                names.getOrDefault(r.username().toLowerCase(Locale.ROOT), r.username()), r.figureId(),
                r.figureId() == null ? null : quotes.get(r.figureId())))).toList();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
