package org.corroborate.discussion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryFollowing;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.discussion.CommentRefusedException;
import org.corroborate.discussion.CommentService;
import org.corroborate.discussion.Discussion;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * The comments on a story or on one figure: the thread, a box to comment, and on each comment reply, and edit or
 * delete for its author. When anyone comments on the story (here or on another instance), the thread re-reads
 * itself, pushed to the browser.
 */
@SpringComponent
@Scope("prototype")
@NamedInterface("ui")
public class CommentThread extends Composite<VerticalLayout> {

    private final CommentService comments;
    final H4 title = new H4();
    final VerticalLayout list = new VerticalLayout();
    final CommentEditor newComment;
    private long storyId = -1;
    private @Nullable Long figureId;
    private boolean onFigure;
    private Discussion discussion;
    private final StoryFollowing following;

    CommentThread(CommentService comments, StoryWatch watch) {
        this.comments = comments;
        this.following = StoryFollowing.of(watch, StoryChange.Aspect.COMMENTS, this::refresh);
        this.newComment = new CommentEditor("comment.new.placeholder", "comment.send", comments::mentionable, text -> {
            comments.comment(storyId, figureId, text);
            refresh();
        });
        getContent().addClassName("comment-thread");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("comment-list");
        getContent().add(title, list, newComment);
    }

    /** Shows the comments on the story itself. */
    public void forStory(long story) {
        this.onFigure = false;
        this.figureId = null;
        show(comments.onStory(story));
    }

    /** Shows the comments on one figure. */
    public void forFigure(long figure) {
        this.onFigure = true;
        this.figureId = figure;
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

    private void show(Discussion shown) {
        this.discussion = shown;
        this.storyId = shown.storyId();
        title.setText(getTranslation(onFigure ? "comment.title.figure" : "comment.title.story",
                shown.comments().stream().filter(c -> !c.deleted()).count()));
        list.removeAll();
        boolean canEdit = CurrentUser.canEdit();
        shown.comments().forEach(row -> list.add(new CommentItem(row, canEdit, comments::mentionable, this::reply,
                this::edit, this::delete)));
        if (shown.comments().isEmpty()) {
            list.add(new com.vaadin.flow.component.html.Span(getTranslation("comment.none")));
        }
        newComment.setVisible(canEdit);
        following.story(storyId);
    }

    private void reply(long parentId, String text) {
        act(() -> comments.reply(parentId, text));
    }

    private void edit(long commentId, String text) {
        act(() -> comments.edit(commentId, text));
    }

    private void delete(long commentId) {
        act(() -> comments.delete(commentId));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (CommentRefusedException refused) {
            Notification.show(getTranslation(refused.reason().key()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        following.attached(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.detached();
    }


    /** For tests: the discussion shown. */
    Discussion discussion() {
        return discussion;
    }

    static Button small(String text) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
