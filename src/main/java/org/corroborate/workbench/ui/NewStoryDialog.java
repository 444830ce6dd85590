package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.corroborate.base.ui.DateFields;
import org.corroborate.base.ui.Formats;
import org.corroborate.base.ui.LanguageProposal;
import org.corroborate.extraction.Languages;
import org.corroborate.story.InvalidStoryException;
import org.corroborate.story.StoryRef;
import org.corroborate.story.StoryRules;
import org.corroborate.story.StoryService;

/**
 * Paste a story: title, language and text, and when it ran if it already did; checked by the same rules as the
 * service.
 */
class NewStoryDialog extends Dialog {

    /** The form's state; the Binder writes here only when every field is valid. */
    static final class Draft {
        private String title = "";
        private String language = "fr";
        private String text = "";
        private LocalDateTime published;

        String getTitle() { return title; }
        void setTitle(String title) { this.title = title; }
        String getLanguage() { return language; }
        void setLanguage(String language) { this.language = language; }
        String getText() { return text; }
        void setText(String text) { this.text = text; }
        LocalDateTime getPublished() { return published; }
        void setPublished(LocalDateTime published) { this.published = published; }
    }

    final TextField title = new TextField();
    final Select<String> language = new Select<>();
    final TextArea text = new TextArea();
    final DateTimePicker published = new DateTimePicker();
    final Button save = new Button();
    final Span problem = new Span();
    final DatelineProposal dateline;
    private final Binder<Draft> binder = new Binder<>();
    private final StoryService stories;
    private final LongConsumer onCreated;

    NewStoryDialog(StoryService stories, LongConsumer onCreated) {
        this.stories = stories;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("story.new.title"));
        setWidth("min(900px, 95vw)");
        title.setLabel(getTranslation("story.field.title"));
        title.setMaxLength(StoryRules.MAX_TITLE_LENGTH);
        language.setLabel(getTranslation("story.field.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        text.setLabel(getTranslation("story.field.text"));
        text.setHelperText(getTranslation("story.field.text.help"));
        text.setMinHeight("300px");
        LanguageProposal.attach(language, text, Languages::detect);
        // For a story that already ran (re-checked after the fact): reports after it are then newer, those before older.
        published.setLabel(getTranslation("story.field.published"));
        published.setHelperText(getTranslation("story.field.published.help"));
        DateFields.localised(published, getLocale(), this::getTranslation);
        dateline = new DatelineProposal(text, published, stories::dateline);
        problem.addClassName("form-problem");
        bind();
        FormLayout form = new FormLayout(title, language, published, dateline, text);
        form.setColspan(published, 2);
        form.setColspan(dateline, 2);
        form.setColspan(text, 2);
        save.setText(getTranslation("story.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(form, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("story.error.title-required"))
                .withValidator(t -> !t.isBlank(), getTranslation("story.error.title-required"))
                .bind(Draft::getTitle, Draft::setTitle);
        binder.forField(language).asRequired(getTranslation("story.error.language"))
                .bind(Draft::getLanguage, Draft::setLanguage);
        binder.forField(text).asRequired(getTranslation("story.error.text-required"))
                .withValidator(t -> !t.isBlank(), getTranslation("story.error.text-required"))
                .withValidator(t -> StoryRules.utf8Length(t) <= StoryRules.MAX_TEXT_BYTES,
                        getTranslation("story.error.text-too-long"))
                .bind(Draft::getText, Draft::setText);
        binder.forField(published)
                .withValidator(p -> StoryRules.publicationProblem(utc(p), Instant.now()).isEmpty(),
                        getTranslation("story.error.published-future"))
                .bind(Draft::getPublished, Draft::setPublished);
        binder.setBean(null);
        Draft initial = new Draft();
        // until the pasted text says otherwise, the language of the desk's UI (third walk, H22)
        String uiLanguage = getLocale() == null ? null : getLocale().getLanguage();
        if ("en".equals(uiLanguage) || "fr".equals(uiLanguage)) {
            initial.setLanguage(uiLanguage);
        }
        binder.readBean(initial);
    }

    /** Times in the UI are UTC (base.ui.Formats): newsroom tolls are compared across time zones. */
    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    void save() {
        Draft draft = new Draft();
        try {
            binder.writeBean(draft);
        } catch (ValidationException invalid) {
            problem.setText(getTranslation("form.fix-errors"));
            return;
        }
        Optional<StoryRef> same = stories.withSameText(draft.getText());
        if (same.isPresent()) {
            askAboutTheSameText(same.get(), draft);
            return;
        }
        create(draft);
    }

    /**
     * The text is a story already here (third walk, H22): open that one, or paste it as another story (a second desk's
     * version, a re-check), or go back to the form.
     */
    private void askAboutTheSameText(StoryRef existing, Draft draft) {
        sameText = new ConfirmDialog();
        sameText.setHeader(getTranslation("story.new.same.title"));
        sameText.setText(getTranslation("story.new.same.text",
                Formats.quoted(existing.title(), getLocale())));
        sameText.setConfirmText(getTranslation("story.new.same.open"));
        sameText.addConfirmListener(e -> {
            close();
            onCreated.accept(existing.id());
        });
        sameText.setRejectable(true);
        sameText.setRejectText(getTranslation("story.new.same.another"));
        sameText.addRejectListener(e -> create(draft));
        sameText.setCancelable(true);
        sameText.setCancelText(getTranslation("action.cancel"));
        sameText.open();
    }

    /** The question asked when the text is a story already here; null until then. */
    ConfirmDialog sameText;

    private void create(Draft draft) {
        try {
            long id = stories.create(draft.getTitle(), draft.getLanguage(), draft.getText(), utc(draft.getPublished()));
            close();
            onCreated.accept(id);
        } catch (InvalidStoryException invalid) {
            problem.setText(invalid.problems().stream().map(this::getTranslation)
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
    }
}
