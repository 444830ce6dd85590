package org.corroborate.discussion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.collaboration.LiveRound;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryFollowing;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.discussion.CommentRefusedException;
import org.corroborate.discussion.CommentRow;
import org.corroborate.discussion.CommentService;
import org.corroborate.discussion.Discussion;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * The comments on a story or on one figure: the thread, a box to comment, and on each comment reply, and edit or
 * delete for its author. When anyone comments on the story (here or on another instance), only that comment is added
 * to the thread or redrawn in it, pushed to the browser (DD017); the thread shows the latest {@link #SHOWN} comments
 * and their replies, and the earlier ones at a click.
 */
@SpringComponent
@Scope("prototype")
@NamedInterface("ui")
public class CommentThread extends Composite<VerticalLayout> {

    /** How many comments (not counting replies) a thread shows before "show earlier comments". */
    static final int SHOWN = 30;

    private final CommentService comments;
    final H4 title = new H4();
    final VerticalLayout list = new VerticalLayout();
    final CommentEditor newComment;
    final Button earlier = small("");
    private long storyId = -1;
    private @Nullable Long figureId;
    private boolean onFigure;
    /** Comments (not replies) above those shown, shown at a click on {@link #earlier}. */
    private int hidden;
    private boolean showAll;
    /** Comments in the thread, not deleted: the title's count. */
    private long count;
    private final StoryFollowing following;

    CommentThread(CommentService comments, StoryWatch watch) {
        this.comments = comments;
        this.following = new StoryFollowing(watch, this::changed);
        this.newComment = new CommentEditor("comment.new.placeholder", "comment.send", comments::mentionable, text ->
                act(() -> comments.comment(storyId, figureId, text)));
        getContent().addClassName("comment-thread");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("comment-list");
        earlier.addClassName("comment-earlier");
        earlier.addClickListener(e -> {
            showAll = true;
            refresh();
        });
        getContent().add(title, list, newComment);
    }

    /** Shows the comments on the story itself. */
    public void forStory(long story) {
        this.onFigure = false;
        this.figureId = null;
        this.showAll = false;
        show(comments.onStory(story));
    }

    /** Shows the comments on one figure. */
    public void forFigure(long figure) {
        this.onFigure = true;
        this.figureId = figure;
        this.showAll = false;
        show(comments.onFigure(figure));
    }

    /** Puts the cursor in the box for a new comment (keyboard users), when the user may comment. */
    public void focusNewComment() {
        if (newComment.isVisible()) {
            newComment.text.focus();
        }
    }

    /** Reads the thread again. */
    public void refresh() {
        if (storyId < 0) {
            return;
        }
        show(onFigure ? comments.onFigure(figureId) : comments.onStory(storyId));
    }

    /** What the thread shows now. */
    public List<CommentItem> items() {
        List<CommentItem> items = new ArrayList<>();
        list.getChildren().filter(CommentItem.class::isInstance).map(CommentItem.class::cast).forEach(items::add);
        return items;
    }

    /** Whether this is the thread on the story itself (not on one of its figures). */
    boolean onStory() {
        return storyId >= 0 && !onFigure;
    }

    private void show(Discussion shown) {
        this.storyId = shown.storyId();
        List<CommentRow> rows = shown.comments();
        count = rows.stream().filter(c -> !c.deleted()).count();
        long tops = rows.stream().filter(c -> c.depth() == 0).count();
        hidden = showAll ? 0 : (int) Math.max(0, tops - SHOWN);
        int from = 0;
        for (int seen = 0; from < rows.size(); from++) {
            if (rows.get(from).depth() == 0 && seen++ == hidden) {
                break;
            }
        }
        list.removeAll();
        boolean canEdit = CurrentUser.canEdit();
        rows.subList(from, rows.size()).forEach(row -> list.add(item(row, canEdit)));
        showCounts();
        newComment.setVisible(canEdit);
        following.story(storyId);
    }

    private CommentItem item(CommentRow row, boolean canEdit) {
        return new CommentItem(row, canEdit, comments::mentionable, this::reply, this::edit, this::delete);
    }

    /** The title's count, "show earlier" and "no comments yet" as the thread is now. */
    private void showCounts() {
        title.setText(getTranslation(onFigure ? "comment.title.figure" : "comment.title.story", count));
        earlier.setText(getTranslation("comment.earlier", hidden));
        boolean hasEarlier = list.getChildren().anyMatch(c -> c == earlier);
        if (hidden > 0 && !hasEarlier) {
            list.addComponentAsFirst(earlier);
        } else if (hidden == 0 && hasEarlier) {
            list.remove(earlier);
        }
        Optional<Component> none = list.getChildren()
                .filter(c -> c.getElement().getClassList().contains("comment-none")).findFirst();
        boolean empty = items().isEmpty();
        if (empty && none.isEmpty()) {
            Span nothing = new Span(getTranslation("comment.none"));
            nothing.addClassName("comment-none");
            list.add(nothing);
        } else if (!empty) {
            none.ifPresent(list::remove);
        }
    }

    /** Changes announced on the story: the comments of this thread among them are added or redrawn, one by one. */
    private void changed(List<StoryChange> changes) {
        for (StoryChange change : changes) {
            if (change instanceof StoryChange.CommentChanged comment && java.util.Objects.equals(comment.figureId(),
                    onFigure ? figureId : null)) {
                String me = CurrentUser.usernameOrSystem();
                commentChanged(comment.commentId(), LiveRound.shared(List.of("comment row", comment.commentId()),
                        () -> comments.row(comment.commentId())).map(row -> row.seenBy(me)));
            }
        }
    }

    /**
     * One comment of this thread is new, edited or deleted: its item is added, redrawn or removed, and nothing else
     * (the other items stay as they are, in the browser too).
     */
    void commentChanged(long commentId, Optional<CommentRow> now) {
        List<CommentItem> items = items();
        CommentItem shown = items.stream().filter(i -> i.row().id() == commentId).findFirst().orElse(null);
        if (shown != null) {
            if (now.isPresent() && now.get().equals(shown.row())) {
                return;
            }
            if (!shown.row().deleted() && (now.isEmpty() || now.get().deleted())) {
                count--;
            }
            if (now.isEmpty() || now.get().deleted() && !hasReplies(shown, items)) {
                removeWithDeletedParents(shown);
            } else {
                list.replace(shown, item(now.get(), CurrentUser.canEdit()));
            }
        } else if (now.isPresent() && !now.get().deleted()) {
            added(now.get(), items);
        }
        showCounts();
    }

    private void added(CommentRow row, List<CommentItem> items) {
        int at;
        if (row.parentId() == null) {
            // after the comments shown, unless one written before it arrived earlier (commits may cross)
            at = items.size();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).row().depth() == 0 && items.get(i).row().id() > row.id()) {
                    at = i;
                    break;
                }
            }
        } else {
            int parent = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).row().id() == row.parentId()) {
                    parent = i;
                }
            }
            if (parent < 0) {
                count++; // a reply to an earlier comment, not shown
                return;
            }
            at = parent + 1;
            int depth = items.get(parent).row().depth();
            while (at < items.size() && items.get(at).row().depth() > depth) {
                at++;
            }
        }
        count++;
        CommentItem item = item(row, CurrentUser.canEdit());
        if (at < items.size()) {
            list.addComponentAtIndex(list.indexOf(items.get(at)), item);
        } else if (!items.isEmpty()) {
            list.addComponentAtIndex(list.indexOf(items.getLast()) + 1, item);
        } else {
            list.add(item);
        }
        if (row.parentId() == null && !showAll && items.stream().filter(i -> i.row().depth() == 0).count() >= SHOWN) {
            dropFirstComment();
        }
    }

    /** The first comment shown and its replies leave the list for "show earlier". */
    private void dropFirstComment() {
        List<CommentItem> items = items();
        CommentItem first = items.getFirst();
        list.remove(first);
        for (int i = 1; i < items.size() && items.get(i).row().depth() > 0; i++) {
            list.remove(items.get(i));
        }
        hidden++;
    }

    private static boolean hasReplies(CommentItem item, List<CommentItem> items) {
        int at = items.indexOf(item);
        return at + 1 < items.size() && items.get(at + 1).row().depth() > item.row().depth();
    }

    /** Removes an item; a deleted comment above it that has no reply left goes too. */
    private void removeWithDeletedParents(CommentItem item) {
        list.remove(item);
        Long parentId = item.row().parentId();
        while (parentId != null) {
            long id = parentId;
            List<CommentItem> items = items();
            CommentItem parent = items.stream().filter(i -> i.row().id() == id).findFirst().orElse(null);
            if (parent == null || !parent.row().deleted() || hasReplies(parent, items)) {
                return;
            }
            list.remove(parent);
            parentId = parent.row().parentId();
        }
    }

    private void reply(long parentId, String text) {
        act(() -> comments.reply(parentId, text));
        items().stream().filter(i -> i.row().id() == parentId).forEach(CommentItem::closeEditor);
    }

    private void edit(long commentId, String text) {
        act(() -> {
            comments.edit(commentId, text);
            return commentId;
        });
    }

    private void delete(long commentId) {
        act(() -> {
            comments.delete(commentId);
            return commentId;
        });
    }

    /** A comment written, edited or deleted here: that comment is shown as it is now; refused, the thread is read again. */
    private void act(java.util.function.LongSupplier action) {
        long commentId;
        try {
            commentId = action.getAsLong();
        } catch (CommentRefusedException refused) {
            Notification.show(getTranslation(refused.reason().key()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
            return;
        }
        commentChanged(commentId, comments.row(commentId));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        following.attached(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.detached();
    }

    static Button small(String text) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
