package org.corroborate.source.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.source.InvalidSourceException;
import org.corroborate.source.InvalidSourceException.Field;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDraft;
import org.jspecify.annotations.Nullable;

/** A source's fields, for registering and for editing; the service has the last word on what is valid. */
class SourceForm extends FormLayout {

    /** The form's state; the Binder writes here only when every field is valid. */
    static final class Fields {
        private String name = "";
        private @Nullable String kind;
        private boolean party;
        private @Nullable Reliability reliability = Reliability.F;
        private String note = "";
        private List<String> aliases = List.of();
        private List<String> domains = List.of();

        String getName() { return name; }
        void setName(String name) { this.name = name; }
        @Nullable String getKind() { return kind; }
        void setKind(@Nullable String kind) { this.kind = kind; }
        boolean isParty() { return party; }
        void setParty(boolean party) { this.party = party; }
        @Nullable Reliability getReliability() { return reliability; }
        void setReliability(@Nullable Reliability reliability) { this.reliability = reliability; }
        String getNote() { return note; }
        void setNote(String note) { this.note = note; }
        List<String> getAliases() { return aliases; }
        void setAliases(List<String> aliases) { this.aliases = aliases; }
        List<String> getDomains() { return domains; }
        void setDomains(List<String> domains) { this.domains = domains; }

        SourceDraft toDraft() {
            return new SourceDraft(name, kind, party, reliability, note, aliases, domains);
        }

        static Fields of(SourceDraft draft) {
            Fields fields = new Fields();
            fields.name = draft.name() == null ? "" : draft.name();
            fields.kind = draft.kind();
            fields.party = draft.party();
            fields.reliability = draft.reliability();
            fields.note = draft.reliabilityNote() == null ? "" : draft.reliabilityNote();
            fields.aliases = draft.aliases();
            fields.domains = draft.domains();
            return fields;
        }
    }

    final TextField name = new TextField();
    final ComboBox<String> kind = new ComboBox<>();
    final Select<Reliability> reliability = new Select<>();
    final Checkbox party = new Checkbox();
    final TextArea note = new TextArea();
    final TextArea aliases = new TextArea();
    final TextArea domains = new TextArea();
    private final Binder<Fields> binder = new Binder<>();

    SourceForm(List<String> knownKinds) {
        name.setLabel(getTranslation("source.field.name"));
        kind.setLabel(getTranslation("source.field.kind"));
        kind.setHelperText(getTranslation("source.field.kind.help"));
        kind.setItems(knownKinds);
        kind.setItemLabelGenerator(k -> SourceKinds.label(this, k));
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(e -> kind.setValue(e.getDetail()));
        reliability.setLabel(getTranslation("source.field.reliability"));
        reliability.setItems(Reliability.values());
        reliability.setItemLabelGenerator(r -> r.name() + " · " + getTranslation("reliability." + r.name()));
        party.setLabel(getTranslation("source.field.party"));
        note.setLabel(getTranslation("source.field.note"));
        aliases.setLabel(getTranslation("source.field.aliases"));
        aliases.setHelperText(getTranslation("source.field.aliases.help"));
        aliases.setMinHeight("8em");
        domains.setLabel(getTranslation("source.field.domains"));
        domains.setHelperText(getTranslation("source.field.domains.help"));
        domains.setMinHeight("5em");
        bind();
        add(name, kind, reliability, party, note, aliases, domains);
        setColspan(note, 2);
        setColspan(aliases, 2);
        setColspan(domains, 2);
    }

    private void bind() {
        binder.forField(name).asRequired(getTranslation("source.error.name-required"))
                .withValidator(n -> !n.isBlank(), getTranslation("source.error.name-required"))
                .bind(Fields::getName, Fields::setName);
        binder.forField(kind).asRequired(getTranslation("source.error.kind-required"))
                .bind(Fields::getKind, Fields::setKind);
        binder.forField(reliability).asRequired(getTranslation("source.error.reliability-required"))
                .bind(Fields::getReliability, Fields::setReliability);
        binder.forField(party).bind(Fields::isParty, Fields::setParty);
        binder.forField(note).bind(Fields::getNote, Fields::setNote);
        binder.forField(aliases).withConverter(new OnePerLine()).bind(Fields::getAliases, Fields::setAliases);
        binder.forField(domains).withConverter(new OnePerLine()).bind(Fields::getDomains, Fields::setDomains);
    }

    void show(SourceDraft draft) {
        binder.readBean(Fields.of(draft));
    }

    /** The draft if every field passes the form's own checks; otherwise the fields show what is wrong. */
    Optional<SourceDraft> read() {
        Fields fields = new Fields();
        try {
            binder.writeBean(fields);
            return Optional.of(fields.toDraft());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** Puts the service's objections on the fields they concern. */
    void show(InvalidSourceException invalid) {
        Map<Field, String> messages = invalid.problems().stream().collect(Collectors.groupingBy(
                InvalidSourceException.Problem::field, Collectors.mapping(
                        p -> getTranslation(p.messageKey(), p.arguments().toArray()), Collectors.joining(" "))));
        messages.forEach((field, message) -> {
            HasValidation component = switch (field) {
                case NAME, KEY -> name;
                case KIND -> kind;
                case RELIABILITY -> reliability;
                case NOTE -> note;
                case ALIASES -> aliases;
                case DOMAINS -> domains;
            };
            component.setErrorMessage(message);
            component.setInvalid(true);
        });
    }

    private static final class OnePerLine implements Converter<String, List<String>> {

        @Override
        public Result<List<String>> convertToModel(String text, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(text == null ? List.of()
                    : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList());
        }

        @Override
        public String convertToPresentation(List<String> lines, com.vaadin.flow.data.binder.ValueContext context) {
            return lines == null ? "" : String.join("\n", lines);
        }
    }
}
