package org.corroborate.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.corroborate.place.InvalidPlaceException;
import org.corroborate.place.PlaceKind;
import org.corroborate.place.PlaceRow;
import org.corroborate.place.PlaceService;
import org.jspecify.annotations.Nullable;

/** Registers a place, or edits one: its name, kind, the place it lies within and its aliases (one a line). */
class PlaceDialog extends Dialog {

    final TextField name = new TextField();
    final TextField nameFr = new TextField();
    final Select<PlaceKind> kind = new Select<>();
    final ComboBox<PlaceRow> within = new ComboBox<>();
    final TextArea aliases = new TextArea();
    final Button save = new Button();

    PlaceDialog(PlaceService places, @Nullable PlaceRow place, Runnable saved) {
        addClassName("place-dialog");
        setHeaderTitle(getTranslation(place == null ? "places.new" : "places.edit"));
        setWidth("32rem");
        name.setLabel(getTranslation("places.column.name"));
        name.setRequired(true);
        name.setWidthFull();
        nameFr.setLabel(getTranslation("places.column.name-fr"));
        nameFr.setHelperText(getTranslation("places.name-fr.help"));
        nameFr.setWidthFull();
        kind.setLabel(getTranslation("places.column.kind"));
        kind.setItems(PlaceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("places.kind." + k.name()));
        kind.setValue(PlaceKind.CITY);
        within.setLabel(getTranslation("places.column.within"));
        within.setItems(places.list("").stream().filter(p -> place == null || p.id() != place.id()).toList());
        within.setItemLabelGenerator(p -> p.fullName(getLocale()));
        within.setClearButtonVisible(true);
        within.setWidthFull();
        aliases.setLabel(getTranslation("places.column.aliases"));
        aliases.setHelperText(getTranslation("places.aliases.help"));
        aliases.setWidthFull();
        if (place != null) {
            name.setValue(place.name());
            nameFr.setValue(place.nameFr() == null ? "" : place.nameFr());
            kind.setValue(place.kind());
            Long parentId = place.parentId();
            if (parentId != null) {
                places.list("").stream().filter(p -> p.id() == parentId).findFirst().ifPresent(within::setValue);
            }
            aliases.setValue(String.join("\n", place.aliases()));
        }
        add(new VerticalLayout(name, nameFr, kind, within, aliases));
        save.setText(getTranslation("places.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("place.error.name"));
                name.setInvalid(true);
                return;
            }
            List<String> lines = Arrays.stream(aliases.getValue().split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            Long parent = within.getValue() == null ? null : within.getValue().id();
            try {
                if (place == null) {
                    places.register(name.getValue(), nameFr.getValue(), kind.getValue(), parent, lines);
                } else {
                    places.edit(place.id(), name.getValue(), nameFr.getValue(), kind.getValue(), parent,
                            lines);
                }
            } catch (InvalidPlaceException refused) {
                within.setErrorMessage(getTranslation(refused.messageKey()));
                within.setInvalid(true);
                return;
            }
            saved.run();
            close();
        });
        getFooter().add(new Button(getTranslation("scope.cancel"), e -> close()), save);
    }
}
