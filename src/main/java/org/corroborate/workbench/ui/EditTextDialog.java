package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.IntConsumer;
import org.corroborate.story.InvalidStoryException;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryPublishedException;
import org.corroborate.story.StoryService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Edits a story's text as it was when the dialog opened. If someone saved the story meanwhile, the dialog
 * says so and keeps the text typed here, so that nothing is lost.
 */
class EditTextDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button save = new Button();
    final Span problem = new Span();
    private final StoryService stories;
    private final StoryDetails story;
    private final IntConsumer onSaved;

    EditTextDialog(StoryService stories, StoryDetails story, IntConsumer onSaved) {
        this.stories = stories;
        this.story = story;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("story.edit.title"));
        setWidth("min(960px, 95vw)");
        text.setLabel(getTranslation("story.field.text"));
        text.setHelperText(getTranslation("story.edit.help"));
        text.setValue(story.body());
        text.setWidthFull();
        text.setMinHeight("420px");
        problem.addClassName("form-problem");
        save.setText(getTranslation("story.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(text, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        try {
            int detached = stories.editText(story.id(), story.version(), text.getValue());
            close();
            onSaved.accept(detached);
        } catch (StoryPublishedException locked) {
            problem.setText(getTranslation("story.locked.published"));
        } catch (OptimisticLockingFailureException stale) {
            problem.setText(getTranslation("story.edit.stale"));
        } catch (InvalidStoryException invalid) {
            problem.setText(invalid.problems().stream().map(this::getTranslation)
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
    }
}
