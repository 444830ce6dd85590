package org.corroborate.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.history.History;
import org.corroborate.security.CurrentUser;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSummary;
import org.corroborate.security.Role;
import org.corroborate.security.UserService;
import org.corroborate.story.StoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion feature's API: comments on a story or a figure, replies, edits and deletions by their authors.
 * Each change is written to the story's history and announced on the story's live topic (as
 * {@link StoryChange.CommentChanged}) in its
 * own transaction, so open views hear of it once it is stored; people newly mentioned are told through
 * {@link Mentioned}. Refusals throw {@link CommentRefusedException} and change nothing.
 */
@Service
public class CommentService {

    private static final int EXCERPT = 140;

    private final CommentRepository comments;
    private final History history;
    private final UserService users;
    private final StoryService stories;
    private final FigureService figures;
    private final StoryWatch watch;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CommentService(CommentRepository comments, History history, UserService users, StoryService stories,
            FigureService figures, StoryWatch watch, ApplicationEventPublisher events) {
        this.comments = comments;
        this.history = history;
        this.users = users;
        this.stories = stories;
        this.figures = figures;
        this.watch = watch;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Discussion onStory(long storyId) {
        requireStory(storyId);
        return new Discussion(storyId, null, thread(comments.findOnStory(storyId)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Discussion onFigure(long figureId) {
        return new Discussion(storyOfFigure(figureId), figureId, thread(comments.findOnFigure(figureId)));
    }

    /**
     * One comment as its thread shows it (its depth, its author's name, its words cut into text and mentions), for a
     * thread that adds or redraws only that comment when it changes; empty when it is gone. A deleted comment comes
     * without its words (a thread shows it only while replies hang on it). {@code mine} is the current user's.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public java.util.Optional<CommentRow> row(long commentId) {
        Comment comment = comments.findById(commentId).orElse(null);
        if (comment == null) {
            return java.util.Optional.empty();
        }
        int depth = 0;
        for (Long parent = comment.getParentId(); parent != null && depth < 100; depth++) {
            parent = comments.findById(parent).map(Comment::getParentId).orElse(null);
        }
        Map<String, String> names = displayNames();
        return java.util.Optional.of(row(comment, depth, names, names.keySet()));
    }

    /** Comments on the story, or on its figure {@code figureId} (null: the story itself). Returns the new id. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long comment(long storyId, @Nullable Long figureId, String text) {
        requireStory(storyId);
        if (figureId != null && storyOfFigure(figureId) != storyId) {
            throw new CommentRefusedException(CommentRefusedException.Reason.NOT_FOUND);
        }
        return add(storyId, figureId, null, text, "COMMENTED");
    }

    /** Answers a comment, in its thread. Returns the new id. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long reply(long parentId, String text) {
        Comment parent = find(parentId);
        if (parent.isDeleted()) {
            throw new CommentRefusedException(CommentRefusedException.Reason.DELETED);
        }
        return add(parent.getStoryId(), parent.getFigureId(), parentId, text, "REPLIED");
    }

    /** The author rewrites their comment; anyone else is refused. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void edit(long commentId, String text) {
        Comment comment = find(commentId);
        String before = comment.getBody();
        Set<String> mentionedBefore = Mentions.in(before, usernames()::contains);
        Instant now = clock.instant();
        comment.edit(text, me(), now);
        history.record(comment.getStoryId(), History.COMMENT, commentId, "EDITED", before, comment.getBody(), me(),
                now);
        Set<String> newlyMentioned = new HashSet<>(Mentions.in(comment.getBody(), usernames()::contains));
        newlyMentioned.removeAll(mentionedBefore);
        announce(comment, newlyMentioned);
    }

    /** The author deletes their comment; anyone else is refused. Replies to it stay. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void delete(long commentId) {
        Comment comment = find(commentId);
        String before = comment.getBody();
        Instant now = clock.instant();
        comment.delete(me(), now);
        history.record(comment.getStoryId(), History.COMMENT, commentId, "DELETED", before, null, me(), now);
        announce(comment, Set.of());
    }

    /** Everyone who can be mentioned: usernames, lower-case, in alphabetical order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<String> mentionable() {
        return users.enabledLogins();
    }

    private long add(long storyId, @Nullable Long figureId, @Nullable Long parentId, String text, String action) {
        Instant now = clock.instant();
        Comment comment = comments.saveAndFlush(new Comment(storyId, figureId, parentId, me(), text, now));
        history.record(storyId, History.COMMENT, comment.getId(), action, null, comment.getBody(), me(), now);
        announce(comment, Mentions.in(comment.getBody(), usernames()::contains));
        return comment.getId();
    }

    private void announce(Comment comment, Set<String> mentioned) {
        watch.announce(comment.getStoryId(), new StoryChange.CommentChanged(comment.getId(), comment.getFigureId()));
        Set<String> others = new HashSet<>(mentioned);
        others.remove(me().toLowerCase(java.util.Locale.ROOT));
        if (!others.isEmpty()) {
            String body = comment.getBody();
            events.publishEvent(new Mentioned(Set.copyOf(others), comment.getStoryId(), comment.getFigureId(),
                    comment.getId(), me(), body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…"));
        }
    }

    /** Depth-first: each comment followed by its replies; deleted comments only where replies hang on them. */
    private List<CommentRow> thread(List<Comment> all) {
        Map<String, String> names = displayNames();
        Set<String> known = names.keySet();
        Map<Long, List<Comment>> replies = new HashMap<>();
        Map<Long, Comment> byId = new LinkedHashMap<>();
        for (Comment c : all) {
            byId.put(c.getId(), c);
            replies.computeIfAbsent(c.getParentId() == null ? 0L : c.getParentId(), k -> new ArrayList<>()).add(c);
        }
        List<CommentRow> rows = new ArrayList<>();
        for (Comment top : replies.getOrDefault(0L, List.of())) {
            walk(top, 0, replies, names, known, rows);
        }
        return rows;
    }

    private boolean walk(Comment c, int depth, Map<Long, List<Comment>> replies, Map<String, String> names,
            Set<String> known, List<CommentRow> rows) {
        int at = rows.size();
        boolean shownBelow = false;
        List<CommentRow> below = new ArrayList<>();
        for (Comment reply : replies.getOrDefault(c.getId(), List.of())) {
            shownBelow |= walk(reply, depth + 1, replies, names, known, below);
        }
        if (c.isDeleted() && !shownBelow) {
            return false;
        }
        rows.add(at, row(c, depth, names, known));
        rows.addAll(below);
        return true;
    }

    private static CommentRow row(Comment c, int depth, Map<String, String> names, Set<String> known) {
        String author = c.getAuthor();
        return new CommentRow(c.getId(), c.getParentId(), depth, author,
                names.getOrDefault(author.toLowerCase(java.util.Locale.ROOT), author),
                c.isDeleted() ? List.of() : Mentions.parts(c.getBody(), known::contains), c.getBody(),
                c.getCreatedAt(), c.getEditedAt(), c.isDeleted(), author.equals(CurrentUser.usernameOrSystem()));
    }

    private Set<String> usernames() {
        return displayNames().keySet();
    }

    /** Everyone's name by login in lower case. */
    private Map<String, String> displayNames() {
        return users.displayNamesByLowerLogin();
    }

    private Comment find(long commentId) {
        return comments.findById(commentId)
                .orElseThrow(() -> new CommentRefusedException(CommentRefusedException.Reason.NOT_FOUND));
    }

    private void requireStory(long storyId) {
        if (stories.ref(storyId).isEmpty()) {
            throw new CommentRefusedException(CommentRefusedException.Reason.NOT_FOUND);
        }
    }

    private long storyOfFigure(long figureId) {
        return figures.summary(figureId).map(FigureSummary::storyId).orElseThrow(() -> new CommentRefusedException(CommentRefusedException.Reason.NOT_FOUND));
    }

    private static String me() {
        return CurrentUser.usernameOrSystem();
    }
}
