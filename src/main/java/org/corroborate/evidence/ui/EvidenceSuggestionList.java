package org.corroborate.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.Relation;

/**
 * Candidate evidence, best first, each as a short entry with why it was suggested and one button per relation (the
 * proposed one first in weight): every button reachable with Tab.
 */
class EvidenceSuggestionList extends Div {

    interface Linker {
        void link(long assertionId, Relation relation);
    }

    /** One candidate as listed. */
    final class Item extends Div {
        final EvidenceSuggestionRow row;
        final List<Button> links = new ArrayList<>();

        Item(EvidenceSuggestionRow row, boolean canEdit) {
            this.row = row;
            addClassName("evidence-suggestion");
            Span who = new Span(row.whoSays() + " · " + Formats.dateTime(row.published(), getLocale()));
            who.addClassName("meta");
            Paragraph says = new Paragraph(Formats.quoted(row.quote(), getLocale()) + " " + row.value());
            says.addClassName("says");
            add(who, says);
            if (!row.why().isEmpty()) {
                Paragraph why = new Paragraph(String.join(" · ", row.why()));
                why.addClassName("meta");
                add(why);
            }
            Div foot = new Div();
            foot.addClassName("evidence-foot");
            Span proposed = new Span(getTranslation("panel.proposed", getTranslation("relation." + row.proposed().name())));
            proposed.addClassName("meta");
            foot.add(proposed);
            if (canEdit) {
                for (Relation relation : Relation.values()) {
                    Button link = new Button(getTranslation("link." + relation.name()),
                            click -> linker.link(row.assertionId(), relation));
                    link.addThemeVariants(ButtonVariant.LUMO_SMALL,
                            relation == row.proposed() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                    link.addClassName("link-" + relation.name().toLowerCase(java.util.Locale.ROOT));
                    link.getElement().setAttribute("aria-label", getTranslation("panel.link.named",
                            getTranslation("link." + relation.name()), row.quote(), row.whoSays()));
                    links.add(link);
                    foot.add(link);
                }
            }
            add(foot);
        }

        /** The button that links this candidate with a relation. */
        Button link(Relation relation) {
            return links.stream().filter(b -> b.getClassNames().contains(
                    "link-" + relation.name().toLowerCase(java.util.Locale.ROOT))).findFirst().orElseThrow();
        }
    }

    private final Linker linker;
    private final List<Item> items = new ArrayList<>();

    EvidenceSuggestionList(Linker linker) {
        this.linker = linker;
        addClassName("evidence-suggestions");
    }

    void show(List<EvidenceSuggestionRow> rows, boolean canEdit) {
        removeAll();
        items.clear();
        rows.forEach(row -> items.add(new Item(row, canEdit)));
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("panel.suggestions.none"));
            none.addClassName("meta");
            add(none);
        } else {
            items.forEach(this::add);
        }
    }

    List<Item> items() {
        return List.copyOf(items);
    }
}
