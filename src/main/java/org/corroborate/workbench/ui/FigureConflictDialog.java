package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.corroborate.base.ui.Formats;
import org.corroborate.figure.FigureValue;

/**
 * Someone saved the figure while this person was correcting it: who, and what the value is now, beside what
 * was loaded and what this person typed. Save mine (over theirs, which stays in the figure's history) or
 * discard mine.
 */
class FigureConflictDialog extends Dialog {

    final Span who = new Span();
    final Span loaded = new Span();
    final Span theirs = new Span();
    final Span mine = new Span();
    final Button reapply = new Button();
    final Button discard = new Button();

    FigureConflictDialog(FigureValue loadedValue, FigureValue current, String mineText) {
        addClassName("figure-conflict");
        setHeaderTitle(getTranslation("figure.conflict.title"));
        setWidth("min(640px, 95vw)");
        setCloseOnOutsideClick(false);
        who.setText(current.editedBy() == null ? getTranslation("figure.conflict.someone")
                : getTranslation("figure.conflict.who", current.editedBy(),
                        Formats.dateTime(current.editedAt(), getLocale())));
        loaded.setText(loadedValue.summary());
        theirs.setText(current.summary());
        mine.setText(mineText);
        theirs.addClassName("conflict-theirs");
        mine.addClassName("conflict-mine");
        VerticalLayout values = new VerticalLayout(
                line("figure.conflict.loaded", loaded), line("figure.conflict.now", theirs),
                line("figure.conflict.mine", mine));
        values.setPadding(false);
        values.setSpacing(false);
        add(new Paragraph(who), values);
        reapply.setText(getTranslation("figure.conflict.reapply"));
        reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        discard.setText(getTranslation("figure.conflict.discard"));
        getFooter().add(discard, reapply);
    }

    private Paragraph line(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey) + " ");
        label.addClassName("meta");
        return new Paragraph(label, value);
    }

    void onReapply(Runnable action) {
        reapply.addClickListener(e -> action.run());
    }

    void onDiscard(Runnable action) {
        discard.addClickListener(e -> action.run());
    }
}
