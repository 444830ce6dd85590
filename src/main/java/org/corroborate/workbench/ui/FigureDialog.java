package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import org.corroborate.base.ui.Formats;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureDraft;
import org.corroborate.figure.InvalidFigureException;
import org.corroborate.figure.StaleFigureException;
import org.corroborate.measure.Quantity;
import org.corroborate.source.SourceRef;
import org.springframework.dao.DataAccessException;

/**
 * A figure's value and measure, to correct a suggestion before accepting it or to state a figure added by
 * selecting its words. Checked by the Binder with the same rules as {@link FigureDraft#problems()}.
 */
class FigureDialog extends Dialog {

    /** What saving does with a valid draft; may refuse it with an exception. */
    @FunctionalInterface
    interface SaveAction {
        void save(FigureDraft draft);
    }

    /** The form's state; the Binder writes here only when every field is valid. */
    static final class Values {
        private Qualifier qualifier;
        private BigDecimal low;
        private BigDecimal high;
        private String unit;
        private QuantityKind kind;
        private String subject;
        private String period;
        private String holder;
        private SourceRef source;
        private String mention;

        Qualifier getQualifier() { return qualifier; }
        void setQualifier(Qualifier qualifier) { this.qualifier = qualifier; }
        BigDecimal getLow() { return low; }
        void setLow(BigDecimal low) { this.low = low; }
        BigDecimal getHigh() { return high; }
        void setHigh(BigDecimal high) { this.high = high; }
        String getUnit() { return unit; }
        void setUnit(String unit) { this.unit = unit; }
        QuantityKind getKind() { return kind; }
        void setKind(QuantityKind kind) { this.kind = kind; }
        String getSubject() { return subject; }
        void setSubject(String subject) { this.subject = subject; }
        String getPeriod() { return period; }
        void setPeriod(String period) { this.period = period; }
        String getHolder() { return holder; }
        void setHolder(String holder) { this.holder = holder; }
        SourceRef getSource() { return source; }
        void setSource(SourceRef source) { this.source = source; }

        FigureDraft draft(String typedAttribution) {
            return new FigureDraft(qualifier, low, high, unit, kind, subject, period, source == null ? null : source.id(),
                    source == null ? typedAttribution : null, holder);
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
    final ComboBox<SourceRef> source = new ComboBox<>();
    final Button save = new Button();
    final Span problem = new Span();
    /** Who the figure is attributed to in words, when no registered source is chosen: kept as typed. */
    String mention;
    private final Binder<Values> binder = new Binder<>();
    private final SaveAction action;
    private final Runnable onSaved;
    private java.util.function.BiConsumer<StaleFigureException, FigureDraft> onStale;

    FigureDialog(String header, String quote, FigureDraft initial, List<SourceRef> sources, SaveAction action,
            Runnable onSaved) {
        this.action = action;
        this.onSaved = onSaved;
        addClassName("figure-dialog");
        setHeaderTitle(header);
        setWidth("min(720px, 95vw)");
        Paragraph words = new Paragraph(Formats.quoted(quote, getLocale()));
        words.addClassName("meta");
        configureFields(sources);
        bind();
        binder.readBean(values(initial, sources));
        showMention(initial.sourceId() == null ? initial.attributionMention() : null);
        problem.addClassName("form-problem");
        FormLayout form = new FormLayout(qualifier, kind, low, high, unit, source, subject, holder, period);
        form.setColspan(subject, 2);
        save.setText(getTranslation("figure.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(words, form, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** When saving finds the figure saved by someone else since: this dialog closes and hands over what was typed. */
    FigureDialog onStale(java.util.function.BiConsumer<StaleFigureException, FigureDraft> handler) {
        this.onStale = handler;
        return this;
    }

    private void configureFields(List<SourceRef> sources) {
        qualifier.setLabel(getTranslation("figure.qualifier"));
        qualifier.setItems(Qualifier.values());
        qualifier.setItemLabelGenerator(q -> getTranslation("qualifier." + q.name()));
        kind.setLabel(getTranslation("figure.kind"));
        kind.setItems(QuantityKind.choices());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        low.setLabel(getTranslation("figure.form.low"));
        low.setHelperText(getTranslation("figure.form.open-side"));
        high.setLabel(getTranslation("figure.form.high"));
        high.setHelperText(getTranslation("figure.form.open-side"));
        unit.setLabel(getTranslation("figure.form.unit"));
        unit.setMaxLength(FigureDraft.MAX_UNIT_LENGTH);
        subject.setLabel(getTranslation("figure.subject"));
        subject.setMaxLength(FigureDraft.MAX_SUBJECT_LENGTH);
        period.setLabel(getTranslation("figure.period"));
        period.setMaxLength(FigureDraft.MAX_PERIOD_LENGTH);
        holder.setLabel(getTranslation("figure.holder"));
        holder.setHelperText(getTranslation("figure.holder.help"));
        holder.setMaxLength(FigureDraft.MAX_HOLDER_LENGTH);
        source.setLabel(getTranslation("figure.form.source"));
        source.setItems(SourceRef::matches, sources);
        source.setItemLabelGenerator(SourceRef::name);
        source.setClearButtonVisible(true);
        // A name no registered source has is kept as free text (the panel then offers to register it), not dropped.
        org.corroborate.base.ui.TypedChoice.on(source, sources, s -> List.of(s.name(), s.key()), this::showMention);
    }

    /** The typed attribution kept as words (null: none), said under the field. */
    void showMention(String typed) {
        mention = typed == null || typed.isBlank() ? null : typed.strip();
        source.setHelperText(mention == null ? null : getTranslation("figure.form.source.unregistered", mention));
        source.setPlaceholder(mention == null ? null : mention);
    }

    private void bind() {
        binder.forField(qualifier).asRequired(getTranslation("figure.error.qualifier-required"))
                .bind(Values::getQualifier, Values::setQualifier);
        binder.forField(kind).asRequired(getTranslation("figure.error.kind-required"))
                .bind(Values::getKind, Values::setKind);
        var lowBinding = binder.forField(low)
                .withValidator(v -> Quantity.hasNumber(v, high.getValue()), getTranslation("figure.error.value-required"))
                .withValidator(v -> Quantity.signFits(kind.getValue(), v, null), getTranslation("figure.error.negative"))
                .bind(Values::getLow, Values::setLow);
        var highBinding = binder.forField(high)
                .withValidator(h -> Quantity.ordered(low.getValue(), h), getTranslation("figure.error.low-above-high"))
                .withValidator(h -> Quantity.signFits(kind.getValue(), null, h), getTranslation("figure.error.negative"))
                .withValidator(h -> Quantity.rangeComplete(qualifier.getValue(), low.getValue(), h),
                        getTranslation("figure.error.range-needs-both"))
                .bind(Values::getHigh, Values::setHigh);
        low.addValueChangeListener(e -> highBinding.validate());
        // A count cannot be below zero, a share or an amount may: the kind decides.
        kind.addValueChangeListener(e -> {
            if (!low.isEmpty() || !high.isEmpty()) {
                lowBinding.validate();
                highBinding.validate();
            }
        });
        binder.forField(unit).bind(Values::getUnit, Values::setUnit);
        binder.forField(subject).bind(Values::getSubject, Values::setSubject);
        binder.forField(period).bind(Values::getPeriod, Values::setPeriod);
        binder.forField(holder).bind(Values::getHolder, Values::setHolder);
        binder.forField(source).bind(Values::getSource, Values::setSource);
    }

    private static Values values(FigureDraft draft, List<SourceRef> sources) {
        Values v = new Values();
        v.setQualifier(draft.qualifier());
        v.setLow(draft.low());
        v.setHigh(draft.high());
        v.setUnit(draft.unit() == null ? "" : draft.unit());
        v.setKind(draft.kind());
        v.setSubject(draft.subject() == null ? "" : draft.subject());
        v.setPeriod(draft.period() == null ? "" : draft.period());
        v.setHolder(draft.holder() == null ? "" : draft.holder());
        v.setSource(sources.stream().filter(s -> draft.sourceId() != null && s.id() == draft.sourceId()).findFirst()
                .orElse(null));
        return v;
    }

    void save() {
        Values values = new Values();
        try {
            binder.writeBean(values);
        } catch (ValidationException invalid) {
            problem.setText(getTranslation("form.fix-errors"));
            return;
        }
        try {
            action.save(values.draft(mention));
        } catch (StaleFigureException stale) {
            if (onStale == null) {
                problem.setText(getTranslation("figure.form.failed"));
                return;
            }
            close();
            onStale.accept(stale, values.draft(mention));
            return;
        } catch (InvalidFigureException invalid) {
            problem.setText(invalid.problems().stream().map(this::getTranslation)
                    .reduce((a, b) -> a + " " + b).orElse(""));
            return;
        } catch (DataAccessException | IllegalArgumentException | IllegalStateException | NoSuchElementException gone) {
            problem.setText(getTranslation("figure.form.failed"));
            return;
        }
        close();
        onSaved.run();
    }
}
