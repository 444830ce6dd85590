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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.base.ui.Formats;

/**
 * The figures the engine suggests, each with accept, correct and dismiss for those who may edit. A large story may
 * have thousands: the list shows them {@value #PAGE} at a time ("show more" adds the next page; a suggestion clicked
 * in the text is shown wherever it is), so opening the story builds at most the pages shown, not one entry per
 * suggestion; deciding on one takes out its entry alone (and moves the next one up). The entries are made only while
 * the list is in the page (its tab was shown): a story opened on its figures holds the suggestions' rows, not their
 * entries.
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
            Span quote = new Span(Formats.quoted(row.quote(), getLocale()));
            quote.addClassName("quote");
            String reading = row.value(getLocale()) + " · " + getTranslation("qualifier." + row.qualifier().name()) + " · "
                    + getTranslation("kind." + row.kind().name())
                    + (row.subject() == null ? "" : " · " + row.subject())
                    + (row.holder() == null ? "" : " · " + getTranslation("suggestion.holder", row.holder()))
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

    /**
     * Suggestions shown at first, and added by each "show more". About four entries fit the list at 1366×768; each is a
     * dozen web components for the browser to make (three buttons with their icons), so 100 of them took most of the
     * browser's time to open a 1 MB story (DD016): a page is a few screens' worth.
     */
    static final int PAGE = 20;

    private final List<Item> items = new ArrayList<>();
    private final Paragraph none = new Paragraph();
    final Button more = new Button();
    private int shown = PAGE;
    private final List<FigureSuggestionRow> rows = new ArrayList<>();
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
            extend();
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
            if (isAttached()) {
                rebuild();
            } else {
                stale = true;
            }
        }
    }

    /** Shows these suggestions (as many pages as were shown before: deciding on one keeps the reader's place). */
    void show(List<FigureSuggestionRow> rows, boolean canEdit) {
        List<FigureSuggestionRow> copy = List.copyOf(rows);
        this.rows.clear();
        this.rows.addAll(copy);
        this.canEdit = canEdit;
        if (isAttached()) {
            rebuild();
        } else {
            stale = true;
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (stale) {
            rebuild();
        }
    }

    /**
     * Takes the suggestions that {@code gone} selects out of the list (decided on, or covered by a new figure): only
     * their entries leave the page, and the next ones move up so that as many stay shown. Returns those taken out.
     */
    List<FigureSuggestionRow> remove(Predicate<FigureSuggestionRow> gone) {
        List<FigureSuggestionRow> removed = rows.stream().filter(gone).toList();
        if (removed.isEmpty()) {
            return removed;
        }
        Set<Long> ids = removed.stream().map(FigureSuggestionRow::id).collect(Collectors.toSet());
        rows.removeIf(row -> ids.contains(row.id()));
        if (stale) {
            return removed;
        }
        items.removeIf(item -> {
            if (ids.contains(item.row.id())) {
                remove(item);
                return true;
            }
            return false;
        });
        fill();
        return removed;
    }

    /** Entries up to the pages shown: added to those there, or all made anew when the list was not made yet. */
    private void extend() {
        if (stale) {
            rebuild();
        } else {
            fill();
        }
    }

    private void rebuild() {
        stale = false;
        removeAll();
        items.clear();
        fill();
    }

    /** Adds entries up to the pages shown (the entries are always the first rows), then "show more" or "none". */
    private void fill() {
        remove(none, more);
        while (items.size() < Math.min(shown, rows.size())) {
            Item item = new Item(rows.get(items.size()), canEdit && !locked);
            items.add(item);
            add(item);
        }
        none.setText(getTranslation("suggestion.none"));
        if (items.isEmpty()) {
            add(none);
        }
        int left = rows.size() - items.size();
        if (left > 0) {
            more.setText(getTranslation("suggestion.more", Math.min(PAGE, left), left));
            add(more);
        }
    }

    /** Every suggestion, shown or not. */
    List<FigureSuggestionRow> rows() {
        return Collections.unmodifiableList(rows);
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
            extend();
        }
        items.forEach(item -> item.removeClassName("selected"));
        items.stream().filter(item -> item.row.id() == suggestionId).findFirst().ifPresent(item -> {
            item.addClassName("selected");
            item.scrollIntoView();
        });
    }
}
