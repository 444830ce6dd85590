package org.corroborate.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Quantity;
import org.corroborate.report.AssertionDraft;
import org.corroborate.source.SourceRef;

/** Corrects one extracted figure before the report is saved: its value, what it counts, where it comes from. */
class AssertionDialog extends Dialog {

    /** The figure as the form edits it; the quote and its place in the text do not change. */
    static final class Form {
        private Qualifier qualifier;
        private BigDecimal low;
        private BigDecimal high;
        private String unit;
        private QuantityKind kind;
        private String subject;
        private String period;
        private String holder;
        private SourceRef origin;
        private Set<SourceRef> via;

        Form(AssertionDraft a) {
            qualifier = a.qualifier();
            low = a.low();
            high = a.high();
            unit = a.unit() == null ? "" : a.unit();
            kind = a.kind();
            subject = a.subject() == null ? "" : a.subject();
            period = a.period() == null ? "" : a.period();
            holder = a.holder() == null ? "" : a.holder();
            origin = a.origin();
            via = new LinkedHashSet<>(a.via());
        }

        AssertionDraft applyTo(AssertionDraft a) {
            return new AssertionDraft(a.quote(), a.start(), qualifier, low, high, unit, kind, subject, period,
                    a.attribution(), origin, List.copyOf(via), a.whole(), holder);
        }
    }

    final Select<Qualifier> qualifier = new Select<>();
    final BigDecimalField low = new BigDecimalField();
    final BigDecimalField high = new BigDecimalField();
    final TextField unit = new TextField();
    final Select<QuantityKind> kind = new Select<>();
    final TextField subject = new TextField();
    final TextField period = new TextField();
    /** Whose count it is ("RC" of "RC won at least 64 seats"): two holders' counts are never evidence for each other. */
    final TextField holder = new TextField();
    final ComboBox<SourceRef> origin = new ComboBox<>();
    final MultiSelectComboBox<SourceRef> via = new MultiSelectComboBox<>();
    final Button apply = new Button();
    private final Binder<Form> binder = new Binder<>();
    /** A name typed as the origin that no registered source has (null: none): refused until chosen or registered. */
    String originTyped;
    private Binder.Binding<Form, SourceRef> originBinding;
    private final AssertionDraft draft;
    private final Consumer<AssertionDraft> onApply;

    AssertionDialog(AssertionDraft draft, List<SourceRef> sources, Consumer<AssertionDraft> onApply) {
        this.draft = draft;
        this.onApply = onApply;
        setHeaderTitle(getTranslation("report.add.assertion.title", draft.quote()));
        setWidth("min(720px, 95vw)");
        qualifier.setLabel(getTranslation("report.add.assertion.qualifier"));
        qualifier.setItems(Qualifier.values());
        qualifier.setItemLabelGenerator(q -> getTranslation("qualifier." + q.name()));
        low.setLabel(getTranslation("report.add.assertion.low"));
        high.setLabel(getTranslation("report.add.assertion.high"));
        unit.setLabel(getTranslation("report.add.assertion.unit"));
        kind.setLabel(getTranslation("report.add.assertion.kind"));
        kind.setItems(QuantityKind.choices());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        subject.setLabel(getTranslation("report.add.assertion.subject"));
        period.setLabel(getTranslation("report.add.assertion.period"));
        holder.setLabel(getTranslation("figure.holder"));
        holder.setHelperText(getTranslation("figure.holder.help"));
        holder.setMaxLength(org.corroborate.figure.FigureDraft.MAX_HOLDER_LENGTH);
        origin.setLabel(getTranslation("report.add.assertion.origin"));
        origin.setItems(SourceRef::matches, sources);
        origin.setItemLabelGenerator(SourceRef::name);
        org.corroborate.base.ui.TypedChoice.on(origin, sources, s -> List.of(s.name(), s.key()), typed -> {
            originTyped = typed;
            if (originBinding != null) {
                originBinding.validate();
            }
        });
        via.setLabel(getTranslation("report.add.assertion.via"));
        via.setItems(SourceRef::matches, sources);
        via.setItemLabelGenerator(SourceRef::name);
        bind();
        FormLayout form = new FormLayout(qualifier, kind, low, high, unit, subject, holder, period, origin, via);
        form.setColspan(subject, 2);
        form.setColspan(via, 2);
        add(form);
        apply.setText(getTranslation("report.add.assertion.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), apply);
    }

    private void bind() {
        binder.forField(qualifier).asRequired().bind(f -> f.qualifier, (f, v) -> f.qualifier = v);
        binder.forField(low)
                .withValidator(v -> Quantity.ordered(v, high.getValue()),
                        getTranslation("report.add.assertion.low-above-high"))
                .withValidator(v -> Quantity.signFits(kind.getValue(), v, high.getValue()),
                        getTranslation("figure.error.negative"))
                .bind(f -> f.low, (f, v) -> f.low = v);
        binder.forField(high).withValidator(v -> Quantity.hasNumber(low.getValue(), v),
                getTranslation("report.add.assertion.number-required")).bind(f -> f.high, (f, v) -> f.high = v);
        binder.forField(unit).bind(f -> f.unit, (f, v) -> f.unit = v);
        binder.forField(kind).asRequired().bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(subject).bind(f -> f.subject, (f, v) -> f.subject = v);
        binder.forField(period).bind(f -> f.period, (f, v) -> f.period = v);
        binder.forField(holder).bind(f -> f.holder, (f, v) -> f.holder = v);
        // A name typed that no registered source has is refused with a message that quotes it, not dropped.
        origin.setRequiredIndicatorVisible(true);
        originBinding = binder.forField(origin).withValidator((value, context) -> originTyped != null
                ? com.vaadin.flow.data.binder.ValidationResult.error(
                        getTranslation("report.add.assertion.origin-unregistered", originTyped))
                : value == null ? com.vaadin.flow.data.binder.ValidationResult.error(
                        getTranslation("report.add.assertion.origin-required"))
                        : com.vaadin.flow.data.binder.ValidationResult.ok())
                .bind(f -> f.origin, (f, v) -> f.origin = v);
        binder.forField(via).bind(f -> f.via, (f, v) -> f.via = v);
        binder.readBean(new Form(draft));
    }

    void apply() {
        Form form = new Form(draft);
        try {
            binder.writeBean(form);
        } catch (ValidationException invalid) {
            return;
        }
        onApply.accept(form.applyTo(draft));
        close();
    }
}
