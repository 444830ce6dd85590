package org.corroborate.workbench.ui;

import com.vaadin.flow.component.AttachEvent;
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

/**
 * The figures the engine suggests, each with accept, correct and dismiss for those who may edit. A large story may
 * have thousands: the list shows them {@value #PAGE} at a time ("show more" adds the next page; a suggestion clicked
 * in the text is shown wherever it is), so opening the story or deciding on one builds at most the pages shown,
 * not one entry per suggestion. The entries are made only while the list is in the page (its tab was shown): a story
 * opened on its figures holds the suggestions' rows, not their entries.
 */
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

    /** Suggestions shown at first, and added by each "show more". */
    static final int PAGE = 100;

    private final List<Item> items = new ArrayList<>();
    private final Paragraph none = new Paragraph();
    final Button more = new Button();
    private int shown = PAGE;
    private List<FigureSuggestionRow> rows = List.of();
    private boolean canEdit;
    private boolean locked;
    /** The entries do not show the rows any more (or were never made): made again when next attached. */
    private boolean stale = true;
    private Consumer<FigureSuggestionRow> onAccept = row -> { };
    private Consumer<FigureSuggestionRow> onCorrect = row -> { };
    private Consumer<FigureSuggestionRow> onDismiss = row -> { };

    FigureSuggestionList() {
        addClassName("suggestion-list");
        setPadding(false);
        none.addClassName("meta");
        more.addClassName("suggestion-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            shown += PAGE;
            render();
        });
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

    /** Shows these suggestions (as many pages as were shown before: deciding on one keeps the reader's place). */
    void show(List<FigureSuggestionRow> rows, boolean canEdit) {
        this.rows = rows;
        this.canEdit = canEdit;
        if (isAttached()) {
            render();
        } else {
            stale = true;
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (stale) {
            render();
        }
    }

    private void render() {
        stale = false;
        removeAll();
        items.clear();
        rows.stream().limit(shown).forEach(row -> items.add(new Item(row, canEdit && !locked)));
        none.setText(getTranslation("suggestion.none"));
        if (items.isEmpty()) {
            add(none);
        } else {
            items.forEach(this::add);
        }
        int left = rows.size() - items.size();
        if (left > 0) {
            more.setText(getTranslation("suggestion.more", Math.min(PAGE, left), left));
            add(more);
        }
    }

    /** Every suggestion, shown or not. */
    List<FigureSuggestionRow> rows() {
        return rows;
    }

    /** The entries shown. */
    List<Item> items() {
        return List.copyOf(items);
    }

    /** Brings a suggestion's entry into view, when a suggested span is clicked in the text. */
    void reveal(long suggestionId) {
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == suggestionId) {
                index = i;
                break;
            }
        }
        if (index >= items.size()) {
            shown = (index / PAGE + 1) * PAGE;
            render();
        }
        items.forEach(item -> item.removeClassName("selected"));
        items.stream().filter(item -> item.row.id() == suggestionId).findFirst().ifPresent(item -> {
            item.addClassName("selected");
            item.scrollIntoView();
        });
    }
}
