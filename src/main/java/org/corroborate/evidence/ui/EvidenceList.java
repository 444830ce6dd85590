package org.corroborate.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.FigurePanelData.EvidenceRow;

/**
 * The assertions linked to a figure, each as a short entry (who says what, when; what it does for the figure, who
 * linked it) with its Unlink button: a list narrow enough for the panel, every button reachable with Tab.
 */
class EvidenceList extends Div {

    /** One linked assertion as listed. */
    final class Item extends Div {
        final EvidenceRow row;
        final Button unlink = new Button();

        Item(EvidenceRow row, boolean canEdit, UnaryOperator<String> names) {
            this.row = row;
            addClassName("evidence-item");
            Span who = new Span(row.whoSays() + " · " + Formats.dateTime(row.published(), getLocale()));
            who.addClassName("meta");
            Paragraph says = new Paragraph(Formats.quoted(row.quote(), getLocale()) + " " + row.value());
            says.addClassName("says");
            Span relation = new Span(getTranslation("relation." + row.relation().name())
                    + (row.role().name().equals(row.relation().name()) ? ""
                            : " → " + getTranslation("role." + row.role().name())));
            relation.getElement().getThemeList().add("badge");
            relation.addClassName("relation");
            Span linked = new Span(getTranslation("panel.linked-by", names.apply(row.linkedBy()),
                    Formats.dateTime(row.linkedAt(), getLocale())));
            linked.addClassName("meta");
            Div foot = new Div(relation, linked);
            foot.addClassName("evidence-foot");
            if (canEdit) {
                unlink.setText(getTranslation("panel.unlink.short"));
                unlink.setIcon(VaadinIcon.UNLINK.create());
                unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                unlink.getElement().setAttribute("aria-label", getTranslation("panel.unlink.named", row.quote()));
                unlink.addClassName("unlink");
                unlink.addClickListener(e -> onUnlink.accept(row.assertionId()));
                foot.add(unlink);
            }
            add(who, says, foot);
        }
    }

    private final LongConsumer onUnlink;
    private final List<Item> items = new ArrayList<>();

    EvidenceList(LongConsumer unlink) {
        this.onUnlink = unlink;
        addClassName("evidence-list");
    }

    /** Shows the rows; {@code names} gives a person's name for a login. */
    void show(List<EvidenceRow> rows, boolean canEdit, UnaryOperator<String> names) {
        removeAll();
        items.clear();
        rows.forEach(row -> items.add(new Item(row, canEdit, names)));
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("panel.evidence.none"));
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
