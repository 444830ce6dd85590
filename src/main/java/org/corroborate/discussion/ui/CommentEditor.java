package org.corroborate.discussion.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.corroborate.discussion.CommentRefusedException;
import org.corroborate.discussion.Mentions;

/**
 * A box to write a comment (or a reply, or an edit) and a button to send it; empty words are refused there. While
 * an "@name" is being typed at the end of the words, the people whose names start with it are offered below the
 * box: a click completes the mention.
 */
public class CommentEditor extends Composite<VerticalLayout> {

    /** How many names are offered at most. */
    static final int MAX_SUGGESTIONS = 6;

    final TextArea text = new TextArea();
    final Button send;
    /** The names offered for the mention being typed (buttons "@name"); hidden when there are none. */
    final HorizontalLayout suggestions = new HorizontalLayout();
    private final Supplier<List<String>> mentionable;
    private List<String> names;

    /** @param mentionable the names that can be mentioned, asked for once, when a first "@" is typed */
    CommentEditor(String placeholderKey, String sendKey, Supplier<List<String>> mentionable, Consumer<String> onSend) {
        this.mentionable = mentionable;
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().addClassName("comment-editor");
        text.setPlaceholder(getTranslation(placeholderKey));
        // a placeholder is no label: screen readers get the same words as the field's name
        text.setAriaLabel(getTranslation(placeholderKey));
        text.setHelperText(getTranslation("comment.mention.help"));
        text.setWidthFull();
        text.setMaxLength(10_000);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> offerNames());
        suggestions.addClassName("mention-suggestions");
        suggestions.setSpacing(false);
        suggestions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        suggestions.setVisible(false);
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
        getContent().add(text, suggestions, send);
    }

    private void offerNames() {
        suggestions.removeAll();
        String typed = Mentions.typedAtEnd(text.getValue());
        if (typed != null) {
            if (names == null) {
                names = mentionable.get();
            }
            for (String name : Mentions.completions(typed, names, MAX_SUGGESTIONS)) {
                Button offer = new Button("@" + name, e -> {
                    text.setValue(Mentions.complete(text.getValue(), name));
                    text.focus();
                });
                offer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                offer.addClassName("mention-suggestion");
                suggestions.add(offer);
            }
        }
        suggestions.setVisible(suggestions.getComponentCount() > 0);
    }

    public TextArea text() {
        return text;
    }

    public Button send() {
        return send;
    }

    /** The names offered now, without their "@". */
    List<String> offered() {
        return suggestions.getChildren().map(c -> ((Button) c).getText().substring(1)).toList();
    }
}
