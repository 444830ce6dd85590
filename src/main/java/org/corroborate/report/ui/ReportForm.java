package org.corroborate.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.base.ui.DateFields;
import org.corroborate.base.ui.LanguageProposal;
import org.corroborate.extraction.Languages;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.InvalidReportException;
import org.corroborate.report.InvalidReportException.Field;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReadLink;
import org.corroborate.report.ReportFile;
import org.corroborate.report.ReportService;
import org.corroborate.report.ReportText;
import org.corroborate.source.SourceRef;

/** What the add-report form knows of a report before its figures: title, publisher, time, language, address, text. */
class ReportForm extends FormLayout {

    /** The form's state; the Binder writes here only when every field is valid. */
    static final class Draft {
        private String title = "";
        private SourceRef publisher;
        private LocalDateTime publishedAt;
        private String language = "fr";
        private String url = "";
        private String text = "";

        String getTitle() { return title; }
        void setTitle(String title) { this.title = title; }
        SourceRef getPublisher() { return publisher; }
        void setPublisher(SourceRef publisher) { this.publisher = publisher; }
        LocalDateTime getPublishedAt() { return publishedAt; }
        void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
        String getLanguage() { return language; }
        void setLanguage(String language) { this.language = language; }
        String getUrl() { return url; }
        void setUrl(String url) { this.url = url; }
        String getText() { return text; }
        void setText(String text) { this.text = text; }

        NewReport toReport(List<AssertionDraft> assertions) {
            return new NewReport(title, publisher, publishedAt.toInstant(ZoneOffset.UTC), language, url, text,
                    assertions);
        }
    }

    final TextField title = new TextField();
    final ComboBox<SourceRef> publisher = new ComboBox<>();
    final DateTimePicker publishedAt = new DateTimePicker();
    final Select<String> language = new Select<>();
    final TextField url = new TextField();
    final TextArea text = new TextArea();
    private final LanguageProposal languageProposal;
    private final Binder<Draft> binder = new Binder<>();

    ReportForm(List<SourceRef> sources) {
        title.setLabel(getTranslation("report.add.field.title"));
        title.setMaxLength(ReportService.MAX_TITLE_LENGTH);
        publisher.setLabel(getTranslation("report.add.field.publisher"));
        publisher.setItems(SourceRef::matches, sources);
        publisher.setItemLabelGenerator(SourceRef::name);
        publishedAt.setLabel(getTranslation("report.add.field.published"));
        DateFields.localised(publishedAt, getLocale(), this::getTranslation);
        language.setLabel(getTranslation("report.add.field.language"));
        language.setItems(ReportService.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        url.setLabel(getTranslation("report.add.field.url"));
        url.setMaxLength(ReportService.MAX_URL_LENGTH);
        text.setLabel(getTranslation("report.add.field.text"));
        text.setHelperText(getTranslation("report.add.field.text.help"));
        text.setMinHeight("240px");
        text.setMaxHeight("420px");
        languageProposal = LanguageProposal.attach(language, text, Languages::detect);
        add(title, publisher, publishedAt, language, url, text);
        setColspan(title, 2);
        setColspan(url, 2);
        setColspan(text, 2);
        bind();
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("report.error.title-required"))
                .withValidator(t -> !t.isBlank(), getTranslation("report.error.title-required"))
                .bind(Draft::getTitle, Draft::setTitle);
        binder.forField(publisher).asRequired(getTranslation("report.error.publisher-required"))
                .bind(Draft::getPublisher, Draft::setPublisher);
        binder.forField(publishedAt).asRequired(getTranslation("report.error.published-required"))
                .bind(Draft::getPublishedAt, Draft::setPublishedAt);
        binder.forField(language).asRequired(getTranslation("report.error.language"))
                .bind(Draft::getLanguage, Draft::setLanguage);
        binder.forField(url).withValidator(u -> u.isBlank() || ReportText.isWebAddress(u),
                getTranslation("report.error.url-invalid")).bind(Draft::getUrl, Draft::setUrl);
        binder.forField(text).asRequired(getTranslation("report.error.text-required"))
                .withValidator(t -> !t.isBlank(), getTranslation("report.error.text-required"))
                .bind(Draft::getText, Draft::setText);
        Draft initial = new Draft();
        initial.setPublishedAt(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        // until a text says otherwise, the language of the desk's UI (third walk, H22: French in the English UI)
        String uiLanguage = getLocale() == null ? null : getLocale().getLanguage();
        if (uiLanguage != null && ReportService.LANGUAGES.contains(uiLanguage)) {
            initial.setLanguage(uiLanguage);
        }
        binder.readBean(initial);
    }

    /** The form's values when every field is valid; otherwise the fields say what is wrong. */
    Optional<Draft> validated() {
        Draft draft = new Draft();
        try {
            binder.writeBean(draft);
            return Optional.of(draft);
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /**
     * A file read for the add-report form: its text replaces the text; its title fills an empty title; a saved page's
     * publication time and language are set when its metadata said them.
     */
    void fill(ReportFile file) {
        if (title.getValue().isBlank()) {
            title.setValue(file.title());
        }
        text.setValue(file.text());
        if (file.publishedAt() != null) {
            publishedAt.setValue(LocalDateTime.ofInstant(file.publishedAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        }
        if (file.language() != null && ReportService.LANGUAGES.contains(file.language())) {
            languageProposal.choose(file.language());
        }
    }

    /**
     * A page read from a link: its text, final address and title replace the form's; its publisher, time and
     * language are set when the page said them (else the person chooses).
     */
    void fill(ReadLink page) {
        title.setValue(page.title());
        url.setValue(page.url());
        text.setValue(page.text());
        publisher.setValue(page.publisher());
        if (page.publishedAt() != null) {
            publishedAt.setValue(LocalDateTime.ofInstant(page.publishedAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        }
        if (page.language() != null && ReportService.LANGUAGES.contains(page.language())) {
            languageProposal.choose(page.language());
        }
    }

    /** Runs when what the figures are extracted from changes: text, language or publisher. */
    void onContentChange(Runnable listener) {
        text.addValueChangeListener(e -> listener.run());
        language.addValueChangeListener(e -> listener.run());
        publisher.addValueChangeListener(e -> listener.run());
    }

    /** Marks the fields the service refused, with its messages; returns whether any problem was not a field's. */
    boolean show(InvalidReportException invalid) {
        Map<Field, HasValidation> fields = Map.of(Field.TITLE, title, Field.PUBLISHER, publisher,
                Field.PUBLISHED, publishedAt, Field.LANGUAGE, language, Field.URL, url, Field.TEXT, text);
        boolean other = false;
        for (InvalidReportException.Problem problem : invalid.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                other = true;
            } else {
                field.setErrorMessage(getTranslation(problem.messageKey(), Sizes.localized(problem.arguments().toArray(), getLocale())));
                field.setInvalid(true);
            }
        }
        return other;
    }
}
