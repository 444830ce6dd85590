package org.corroborate.discussion.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.corroborate.discussion.CommentRefusedException;

/** A box to write a comment (or a reply, or an edit) and a button to send it; empty words are refused there. */
public class CommentEditor extends Composite<VerticalLayout> {

    final TextArea text = new TextArea();
    final Button send;

    CommentEditor(String placeholderKey, String sendKey, Consumer<String> onSend) {
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().addClassName("comment-editor");
        text.setPlaceholder(getTranslation(placeholderKey));
        text.setHelperText(getTranslation("comment.mention.help"));
        text.setWidthFull();
        text.setMaxLength(10_000);
        send = new Button(getTranslation(sendKey), e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("comment.refused.empty"));
                return;
            }
            try {
                onSend.accept(text.getValue());
                text.clear();
                text.setInvalid(false);
            } catch (CommentRefusedException refused) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(refused.reason().key()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        send.addClassName("comment-send");
        getContent().add(text, send);
    }

    public TextArea text() {
        return text;
    }

    public Button send() {
        return send;
    }
}
