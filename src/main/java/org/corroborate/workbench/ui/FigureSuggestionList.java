package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.corroborate.figure.FigureSuggestionRow;

/** The figures the engine suggests, each with accept, correct and dismiss for those who may edit. */
class FigureSuggestionList extends VerticalLayout {

    /** One suggestion as listed. */
    final class Item extends Div {
        final FigureSuggestionRow row;
        final Button accept = new Button(VaadinIcon.CHECK.create());
        final Button correct = new Button(VaadinIcon.EDIT.create());
        final Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create());

        Item(FigureSuggestionRow row, boolean canEdit) {
            this.row = row;
            addClassName("suggestion-item");
            getElement().setAttribute("data-suggestion-id", String.valueOf(row.id()));
            Span quote = new Span("« " + row.quote() + " »");
            quote.addClassName("quote");
            String reading = row.value() + " · " + getTranslation("qualifier." + row.qualifier().name()) + " · "
                    + getTranslation("kind." + row.kind().name())
                    + (row.subject() == null ? "" : " · " + row.subject())
                    + (row.period() == null ? "" : " · " + row.period())
                    + (row.sourceName() == null ? row.attributionMention() == null ? ""
                            : " · " + getTranslation("suggestion.unresolved", row.attributionMention())
                            : " · " + getTranslation("suggestion.attributed", row.sourceName()));
            Paragraph meta = new Paragraph(reading);
            meta.addClassName("meta");
            add(quote, meta);
            if (row.ambiguousNumber()) {
                Paragraph check = new Paragraph(getTranslation("suggestion.ambiguous-number"));
                check.addClassName("suggestion-check");
                add(check);
            }
            if (canEdit) {
                accept.setText(getTranslation("suggestion.accept"));
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                accept.addClickListener(e -> onAccept.accept(row));
                correct.setText(getTranslation("suggestion.correct"));
                correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
                correct.addClickListener(e -> onCorrect.accept(row));
                dismiss.setText(getTranslation("suggestion.dismiss"));
                dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                dismiss.addClickListener(e -> onDismiss.accept(row));
                add(new HorizontalLayout(accept, correct, dismiss));
            }
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final Paragraph none = new Paragraph();
    private List<FigureSuggestionRow> rows = List.of();
    private boolean canEdit;
    private boolean locked;
    private Consumer<FigureSuggestionRow> onAccept = row -> { };
    private Consumer<FigureSuggestionRow> onCorrect = row -> { };
    private Consumer<FigureSuggestionRow> onDismiss = row -> { };

    FigureSuggestionList() {
        addClassName("suggestion-list");
        setPadding(false);
        none.addClassName("meta");
    }

    void onAccept(Consumer<FigureSuggestionRow> listener) {
        this.onAccept = listener;
    }

    void onCorrect(Consumer<FigureSuggestionRow> listener) {
        this.onCorrect = listener;
    }

    void onDismiss(Consumer<FigureSuggestionRow> listener) {
        this.onDismiss = listener;
    }

    /** A published story's suggestions wait: no accept, correct or dismiss until it is reopened. */
    void setLocked(boolean locked) {
        if (this.locked != locked) {
            this.locked = locked;
            show(rows, canEdit);
        }
    }

    void show(List<FigureSuggestionRow> rows, boolean canEdit) {
        this.rows = rows;
        this.canEdit = canEdit;
        removeAll();
        items.clear();
        rows.forEach(row -> items.add(new Item(row, canEdit && !locked)));
        none.setText(getTranslation("suggestion.none"));
        if (items.isEmpty()) {
            add(none);
        } else {
            items.forEach(this::add);
        }
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    /** Brings a suggestion's entry into view, when a suggested span is clicked in the text. */
    void reveal(long suggestionId) {
        items.forEach(item -> item.removeClassName("selected"));
        items.stream().filter(item -> item.row.id() == suggestionId).findFirst().ifPresent(item -> {
            item.addClassName("selected");
            item.scrollIntoView();
        });
    }
}
