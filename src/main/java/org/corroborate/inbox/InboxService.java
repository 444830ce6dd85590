package org.corroborate.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.history.History;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox feature's API: assigning a story or a figure to a person, each person's queue, and their
 * notifications (unread count, mark read). Assigning is recorded in the story's history and tells the assignee.
 */
@Service
public class InboxService {

    private static final int LIST_LIMIT = 200;
    /** The states whose figures are locked (the story feature says which), as SQL: nothing there waits for anyone. */
    private static final String LOCKED_STATES = statesWhere(StoryState::locked);
    /** The states whose figures wait for a decision (the story feature says which), as SQL. */
    private static final String AWAITING_STATES = statesWhere(StoryState::awaitsDecisions);

    private final AssignmentRepository assignments;
    private final NotificationRepository notifications;
    private final Notifier notifier;
    private final JdbcTemplate jdbc;
    private final StoryWatch watch;
    private final History history;
    private final Clock clock = Clock.systemUTC();

    InboxService(AssignmentRepository assignments, NotificationRepository notifications, Notifier notifier,
            JdbcTemplate jdbc, StoryWatch watch, History history) {
        this.history = history;
        this.assignments = assignments;
        this.notifications = notifications;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.watch = watch;
    }

    /**
     * Assigns the story (figureId null) or its figure to {@code username}, or to nobody (null). Only people who
     * change data (fact-checkers, editors, admins) can be assigned.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void assign(long storyId, @Nullable Long figureId, @Nullable String username) {
        requireStoryAndFigure(storyId, figureId);
        String assignee = username == null ? null : assignable().stream()
                .filter(p -> p.username().equalsIgnoreCase(username)).findFirst().map(Person::username)
                .orElseThrow(() -> new IllegalArgumentException("No one to assign called " + username));
        Optional<Assignment> existing = assignments.findFor(storyId, figureId);
        String before = existing.map(Assignment::getAssignee).orElse(null);
        if (java.util.Objects.equals(before, assignee)) {
            return;
        }
        String me = CurrentUser.usernameOrSystem();
        Instant now = clock.instant();
        if (assignee == null) {
            existing.ifPresent(assignments::delete);
        } else if (existing.isPresent()) {
            existing.get().assignTo(assignee, me, now);
        } else {
            assignments.save(new Assignment(storyId, figureId, assignee, me, now));
        }
        history.record(storyId, figureId == null ? History.STORY : History.FIGURE, figureId == null ? storyId : figureId,
                "ASSIGNED", before, assignee, me, now);
        if (assignee != null) {
            notifier.tell(assignee, NotificationKind.ASSIGNED, storyId, figureId, me, null);
        }
        watch.announce(storyId, StoryChange.Aspect.ASSIGNMENTS);
    }

    /** Who the story (figureId null) or figure is assigned to, if anyone. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<String> assigneeOf(long storyId, @Nullable Long figureId) {
        return assignments.findFor(storyId, figureId).map(Assignment::getAssignee);
    }

    /** Everyone work can be assigned to: fact-checkers, editors and admins. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Person> assignable() {
        return jdbc.query("""
                select username, display_name from app_user
                where enabled and role in ('FACT_CHECKER', 'EDITOR', 'ADMIN') order by display_name, username""",
                (rs, i) -> new Person(rs.getString(1), rs.getString(2)));
    }

    /**
     * What waits for the current user: what is assigned to them, and for editors and admins the figures that
     * need approval (a story in review with figures not yet approved or rejected, or an approval that lapsed).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Queue myQueue() {
        String me = CurrentUser.usernameOrSystem();
        List<QueueItem> assigned = jdbc.query("""
                select a.story_id, s.title, a.figure_id, f.quote, s.state
                from assignment a join story s on s.id = a.story_id left join figure f on f.id = a.figure_id
                where lower(a.assignee) = lower(?) order by a.assigned_at desc limit ?""",
                (rs, i) -> new QueueItem(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getString(5)), me, LIST_LIMIT);
        List<QueueItem> toApprove = !CurrentUser.canDecide() ? List.of()
                : jdbc.query("""
                        select s.id, s.title, f.id, f.quote, coalesce(a.decision, 'UNDECIDED')
                        from figure f join story s on s.id = f.story_id
                        left join figure_approval a on a.figure_id = f.id
                        where not f.detached and s.state not in (%s)
                          and ((s.state in (%s) and a.decision is null) or a.decision = 'LAPSED')
                        order by s.updated_at desc, s.id, f.start_offset limit ?""".formatted(LOCKED_STATES, AWAITING_STATES),
                (rs, i) -> new QueueItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)), LIST_LIMIT);
        return new Queue(assigned, toApprove);
    }

    /** The current user's notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<NotificationRow> notifications() {
        return jdbc.query("""
                select n.id, n.kind, n.story_id, s.title, n.figure_id, f.quote, n.actor,
                       coalesce(u.display_name, n.actor), n.excerpt, n.created_at, n.read_at is not null
                from notification n join story s on s.id = n.story_id left join figure f on f.id = n.figure_id
                left join app_user u on lower(u.username) = lower(n.actor)
                where n.recipient = ? order by n.id desc limit ?""",
                (rs, i) -> new NotificationRow(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getString(4), (Long) rs.getObject(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getBoolean(11)),
                me(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long unreadCount() {
        return notifications.countUnread(me());
    }

    /** Marks one of the current user's notifications read; someone else's is refused. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_READ)
    public void markRead(long notificationId) {
        Notification n = notifications.findById(notificationId).filter(x -> x.getRecipient().equals(me()))
                .orElseThrow(() -> new IllegalArgumentException("No notification " + notificationId));
        n.markRead(clock.instant());
        notifier.changed(me());
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_READ)
    public void markAllRead() {
        if (notifications.markAllRead(me(), clock.instant()) > 0) {
            notifier.changed(me());
        }
    }

    private void requireStoryAndFigure(long storyId, @Nullable Long figureId) {
        boolean found = figureId == null
                ? !jdbc.queryForList("select id from story where id = ?", Long.class, storyId).isEmpty()
                : !jdbc.queryForList("select id from figure where id = ? and story_id = ?", Long.class, figureId,
                        storyId).isEmpty();
        if (!found) {
            throw new IllegalArgumentException("No story " + storyId + (figureId == null ? "" : " figure " + figureId));
        }
    }

    /** The current user as notifications name their recipient. */
    private static String me() {
        return CurrentUser.usernameOrSystem().toLowerCase(java.util.Locale.ROOT);
    }

    private static String statesWhere(Predicate<StoryState> which) {
        return Arrays.stream(StoryState.values()).filter(which).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(","));
    }
}
