package org.corroborate.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import org.corroborate.base.ui.DateFields;
import org.corroborate.evidence.StoryScopeView.PlaceName;
import org.jspecify.annotations.Nullable;

/**
 * Where and when a figure (one place) or a story (several) counts, as a fact-checker corrects it: the place from the
 * registry and the first and last day counted. Empty fields give the reading back to the text (a figure: its
 * story's; a story: what its text names). The days are both given or both left empty, the first not after the last.
 */
class ScopeDialog extends Dialog {

    /** What was chosen: places (none: read from the text), days (null: read). */
    record Choice(List<Long> placeIds, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    @FunctionalInterface
    interface OnSave {
        /** Saves the choice; returns false when it was refused (the dialog stays open). */
        boolean save(Choice choice);
    }

    final ComboBox<PlaceName> place = new ComboBox<>();
    final MultiSelectComboBox<PlaceName> places = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button save = new Button();
    private final boolean several;

    ScopeDialog(String title, String help, List<PlaceName> choices, boolean several, List<Long> placeIds,
            @Nullable LocalDate first, @Nullable LocalDate last, OnSave onSave) {
        this.several = several;
        addClassName("scope-dialog");
        setHeaderTitle(title);
        setWidth("34rem");
        place.setLabel(getTranslation("scope.field.place"));
        place.setItems(choices);
        place.setItemLabelGenerator(PlaceName::name);
        place.setClearButtonVisible(true);
        place.setWidthFull();
        place.setHelperText(getTranslation("scope.field.place.help"));
        places.setLabel(getTranslation("scope.field.places"));
        places.setItems(choices);
        places.setItemLabelGenerator(PlaceName::name);
        places.setClearButtonVisible(true);
        places.setWidthFull();
        places.setHelperText(getTranslation("scope.field.places.help"));
        choices.stream().filter(c -> placeIds.contains(c.id())).forEach(c -> {
            if (several) {
                places.select(c);
            } else {
                place.setValue(c);
            }
        });
        from.setLabel(getTranslation("scope.field.from"));
        to.setLabel(getTranslation("scope.field.to"));
        DateFields.localised(from, getLocale(), this::getTranslation);
        DateFields.localised(to, getLocale(), this::getTranslation);
        from.setValue(first);
        to.setValue(last);
        from.addValueChangeListener(e -> validate());
        to.addValueChangeListener(e -> validate());
        Paragraph explain = new Paragraph(help);
        explain.addClassName("meta");
        VerticalLayout form = new VerticalLayout(explain, several ? places : place, new HorizontalLayout(from, to));
        form.setPadding(false);
        add(form);
        save.setText(getTranslation("scope.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (validate() && onSave.save(choice())) {
                close();
            }
        });
        Button cancel = new Button(getTranslation("scope.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    Choice choice() {
        List<Long> ids = several ? places.getSelectedItems().stream().map(PlaceName::id).toList()
                : place.getValue() == null ? List.of() : List.of(place.getValue().id());
        return new Choice(ids, from.getValue(), to.getValue());
    }

    /** Both days or neither, the first not after the last; says what is wrong under the field. */
    boolean validate() {
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        from.setInvalid(false);
        to.setInvalid(false);
        if ((a == null) != (b == null)) {
            DatePicker missing = a == null ? from : to;
            missing.setErrorMessage(getTranslation("scope.error.both-days"));
            missing.setInvalid(true);
            return false;
        }
        if (a != null && a.isAfter(b)) {
            to.setErrorMessage(getTranslation("scope.error.order"));
            to.setInvalid(true);
            return false;
        }
        return true;
    }
}
