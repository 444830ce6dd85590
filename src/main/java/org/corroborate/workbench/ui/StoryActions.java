package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.corroborate.security.CurrentUser;

/** What a fact-checker does to a story's text: add a figure from selected words, edit the text, re-extract. */
class StoryActions extends HorizontalLayout {

    final Button addFigure = new Button();
    final Button editText = new Button();
    final Button reextract = new Button();

    StoryActions(Runnable onAddFigure, Runnable onEditText, Runnable onReextract) {
        addClassName("story-actions");
        addFigure.setText(getTranslation("story.action.add-figure"));
        addFigure.setIcon(VaadinIcon.PLUS.create());
        addFigure.setTooltipText(getTranslation("story.action.add-figure.help"));
        addFigure.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addFigure.addClickListener(e -> onAddFigure.run());
        editText.setText(getTranslation("story.action.edit-text"));
        editText.setIcon(VaadinIcon.EDIT.create());
        editText.addClickListener(e -> onEditText.run());
        reextract.setText(getTranslation("story.action.reextract"));
        reextract.setIcon(VaadinIcon.REFRESH.create());
        reextract.addClickListener(e -> onReextract.run());
        for (Button button : new Button[] {addFigure, editText, reextract}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        add(addFigure, editText, reextract);
        setVisible(CurrentUser.canEdit());
    }
}
