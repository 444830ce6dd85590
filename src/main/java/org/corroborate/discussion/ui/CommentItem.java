package org.corroborate.discussion.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.corroborate.base.ui.Formats;
import org.corroborate.discussion.CommentRow;
import org.corroborate.discussion.Mentions;

/** One comment in a thread, indented by its depth; a deleted one that has replies says so instead of its words. */
public class CommentItem extends Composite<VerticalLayout> {

    interface Send {
        void to(long commentId, String text);
    }

    final CommentRow row;
    final Div body = new Div();
    final Button reply;
    final Button edit;
    final Button delete;

    private final Supplier<List<String>> mentionable;

    CommentItem(CommentRow row, boolean canEdit, Supplier<List<String>> mentionable, Send onReply, Send onEdit,
                LongConsumer onDelete) {
        this.row = row;
        this.mentionable = mentionable;
        VerticalLayout content = getContent();
        content.addClassName("comment");
        content.setPadding(false);
        content.setSpacing(false);
        content.getStyle().set("margin-inline-start", Math.min(row.depth(), 6) * 1.5 + "em");
        Span who = new Span(row.authorName());
        who.addClassName("comment-author");
        Span when = new Span(Formats.dateTime(row.createdAt(), getLocale())
                + (row.editedAt() != null && !row.deleted() ? " · " + getTranslation("comment.edited") : ""));
        when.addClassName("meta");
        body.addClassName("comment-body");
        if (row.deleted()) {
            body.setText(getTranslation("comment.deleted"));
            body.addClassName("deleted");
        } else {
            for (Mentions.Part part : row.parts()) {
                Span span = new Span(part.text());
                if (part.mention()) {
                    span.addClassName("mention");
                    span.getElement().getThemeList().add("badge");
                }
                body.add(span);
            }
        }
        reply = CommentThread.small(getTranslation("comment.reply"));
        edit = CommentThread.small(getTranslation("comment.edit"));
        delete = CommentThread.small(getTranslation("comment.delete"));
        reply.setVisible(canEdit && !row.deleted());
        edit.setVisible(canEdit && row.mine() && !row.deleted());
        delete.setVisible(canEdit && row.mine() && !row.deleted());
        HorizontalLayout actions = new HorizontalLayout(reply, edit, delete);
        actions.setSpacing(false);
        content.add(new HorizontalLayout(who, when), body, actions);
        reply.addClickListener(e -> openEditor("comment.reply.placeholder", "comment.send", "",
                text -> onReply.to(row.id(), text)));
        edit.addClickListener(e -> openEditor("comment.new.placeholder", "comment.save", row.body(),
                text -> onEdit.to(row.id(), text)));
        delete.addClickListener(e -> onDelete.accept(row.id()));
    }

    /** The editor opened by reply or edit, if any. */
    CommentEditor editor;

    private void openEditor(String placeholderKey, String sendKey, String start, java.util.function.Consumer<String> onSend) {
        if (editor != null) {
            getContent().remove(editor);
        }
        editor = new CommentEditor(placeholderKey, sendKey, mentionable, onSend);
        editor.text.setValue(start);
        getContent().add(editor);
        editor.text.focus();
    }

    /** Closes the reply or edit box, once sent. */
    void closeEditor() {
        if (editor != null) {
            getContent().remove(editor);
            editor = null;
        }
    }

    public CommentRow row() {
        return row;
    }

    /** The words as shown (or "comment deleted"). */
    public String text() {
        return body.getElement().getTextRecursively();
    }
}
