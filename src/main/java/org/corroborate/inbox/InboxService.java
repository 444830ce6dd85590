package org.corroborate.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.figure.FigureRef;
import org.corroborate.figure.FigureService;
import org.corroborate.history.History;
import org.corroborate.review.ReviewService;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.security.UserService;
import org.corroborate.story.StoryRef;
import org.corroborate.story.StoryService;
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

    private final AssignmentRepository assignments;
    private final NotificationRepository notifications;
    private final Notifier notifier;
    private final JdbcTemplate jdbc;
    private final StoryWatch watch;
    private final History history;
    private final UserService users;
    private final StoryService stories;
    private final FigureService figures;
    private final ReviewService review;
    private final EvidenceService evidence;
    private final Clock clock = Clock.systemUTC();

    InboxService(AssignmentRepository assignments, NotificationRepository notifications, Notifier notifier,
            JdbcTemplate jdbc, StoryWatch watch, History history, UserService users, StoryService stories,
            FigureService figures, ReviewService review, EvidenceService evidence) {
        this.evidence = evidence;
        this.history = history;
        this.users = users;
        this.stories = stories;
        this.figures = figures;
        this.review = review;
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

    /** Everyone work can be assigned to: fact-checkers, editors and admins (whoever {@link Role#edits()}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Person> assignable() {
        return users.enabledEditors().stream().map(u -> new Person(u.username(), u.displayName())).toList();
    }

    /**
     * What waits for the current user, the first {@value #LIST_LIMIT} of each list: what is assigned to them, and for
     * editors and admins the figures that need approval. {@link #assignedToMe} and {@link #toApprove} read a page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Queue myQueue() {
        return new Queue(assignedToMe(0, LIST_LIMIT), toApprove(0, LIST_LIMIT));
    }

    /**
     * A page of what is assigned to the current user, newest assignment first: {@code limit} from {@code offset} on.
     * Stories and figures are read through their features' APIs, in one batch each.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<QueueItem> assignedToMe(int offset, int limit) {
        String me = CurrentUser.usernameOrSystem();
        record Row(long storyId, @Nullable Long figureId) {
        }
        List<Row> rows = jdbc.query("""
                select a.story_id, a.figure_id from assignment a
                where lower(a.assignee) = lower(?) order by a.assigned_at desc, a.id desc limit ? offset ?""",
                (rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2)), me, limit, offset);
        Map<Long, StoryRef> storyRefs = storiesById(rows.stream().map(Row::storyId).toList());
        List<Long> figureIds = rows.stream().map(Row::figureId).filter(Objects::nonNull).toList();
        Map<Long, String> quotes = quotesById(figureIds);
        Map<Long, FigureStatus> standings = evidence.storedStatuses(figureIds);
        return rows.stream().filter(r -> storyRefs.containsKey(r.storyId())).map(r -> {
            StoryRef story = storyRefs.get(r.storyId());
            return new QueueItem(r.storyId(), story.title(), r.figureId(),
                    r.figureId() == null ? null : quotes.get(r.figureId()), story.state().name(),
                    r.figureId() == null ? null : standings.get(r.figureId()));
        }).toList();
    }

    /** How many stories and figures are assigned to the current user. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long countAssignedToMe() {
        Long n = jdbc.queryForObject("select count(*) from assignment a where lower(a.assignee) = lower(?)",
                Long.class, CurrentUser.usernameOrSystem());
        return n == null ? 0 : n;
    }

    /**
     * A page of the figures that need the current user's approval (editors and admins; nothing for others): a story
     * in review with figures not yet approved or rejected, or an approval that lapsed; the review feature lists them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<QueueItem> toApprove(int offset, int limit) {
        if (!CurrentUser.canDecide()) {
            return List.of();
        }
        var waiting = review.waitingForDecision(offset, limit);
        // How each figure stands, so that an editor takes the contested and superseded ones first (walk F23).
        Map<Long, FigureStatus> standings = evidence.storedStatuses(waiting.stream().map(w -> w.figure().id()).toList());
        return waiting.stream()
                .map(w -> new QueueItem(w.story().id(), w.story().title(), w.figure().id(), w.figure().quote(),
                        w.decision() == null ? "UNDECIDED" : w.decision().name(), standings.get(w.figure().id())))
                .toList();
    }

    /**
     * How many figures need the current user's approval, counted no further than {@code atMost} (the queue reads the
     * stories in review a page at a time: counting them all would read every one). Zero for those who do not decide.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public int countToApprove(int atMost) {
        return !CurrentUser.canDecide() ? 0 : review.waitingForDecision(atMost).size();
    }

    /** The current user's notifications, newest first; stories, figures and people read in one batch each. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<NotificationRow> notifications() {
        record Row(long id, NotificationKind kind, long storyId, @Nullable Long figureId, String actor,
                @Nullable String excerpt, Instant createdAt, boolean read) {
        }
        List<Row> rows = jdbc.query("""
                select n.id, n.kind, n.story_id, n.figure_id, n.actor, n.excerpt, n.created_at, n.read_at is not null
                from notification n where n.recipient = ? order by n.id desc limit ?""",
                (rs, i) -> new Row(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getLong(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getBoolean(8)),
                me(), LIST_LIMIT);
        Map<Long, StoryRef> storyRefs = storiesById(rows.stream().map(Row::storyId).toList());
        Map<Long, String> quotes = quotesById(rows.stream().map(Row::figureId).filter(Objects::nonNull).toList());
        Map<String, String> names = users.displayNamesOf(rows.stream().map(Row::actor).distinct().toList());
        return rows.stream().filter(r -> storyRefs.containsKey(r.storyId()))
                .map(r -> new NotificationRow(r.id(), r.kind(), r.storyId(), storyRefs.get(r.storyId()).title(),
                        r.figureId(), r.figureId() == null ? null : quotes.get(r.figureId()), r.actor(),
                        names.getOrDefault(r.actor(), r.actor()), r.excerpt(), r.createdAt(), r.read()))
                .toList();
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
        boolean found = figureId == null ? stories.ref(storyId).isPresent()
                : figures.refs(List.of(figureId)).stream().anyMatch(f -> f.storyId() == storyId);
        if (!found) {
            throw new IllegalArgumentException("No story " + storyId + (figureId == null ? "" : " figure " + figureId));
        }
    }

    private Map<Long, StoryRef> storiesById(List<Long> ids) {
        return stories.refs(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(StoryRef::id, Function.identity()));
    }

    private Map<Long, String> quotesById(List<Long> ids) {
        return figures.refs(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(FigureRef::id, FigureRef::quote));
    }

    /** The current user as notifications name their recipient. */
    private static String me() {
        return CurrentUser.usernameOrSystem().toLowerCase(java.util.Locale.ROOT);
    }
}
