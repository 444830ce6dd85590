package org.corroborate.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A combo box of registered things (sources) that does not drop what the user typed. A plain combo box silently
 * forgets a typed name that is not in its list when the field loses the focus; here a typed name that matches an
 * item's name or key (case aside) selects the item, and one that matches none is handed to the form
 * ({@code onUnmatched}), which keeps it as free text or refuses it with a message. Emptying the field forgets it
 * ({@code onUnmatched} gets null).
 */
public final class TypedChoice<T> {

    private @Nullable String unmatched;

    private TypedChoice() {
    }

    /**
     * Watches {@code box}, whose items are {@code items}; {@code names} gives the words that name an item.
     * {@code onUnmatched} hears of each typed name that names no item, and of null once the field is emptied or an
     * item is chosen.
     */
    public static <T> TypedChoice<T> on(ComboBox<T> box, List<T> items, Function<T, List<String>> names,
            Consumer<@Nullable String> onUnmatched) {
        TypedChoice<T> choice = new TypedChoice<>();
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> choice.typed(box, items, names, e.getDetail(), onUnmatched));
        box.addValueChangeListener(e -> {
            if (e.getValue() != null && choice.unmatched != null) {
                choice.unmatched = null;
                onUnmatched.accept(null);
            }
        });
        // The field emptied by hand (no value change when it had none): the typed name is forgotten.
        box.getElement().addEventListener("change", e -> {
            if (choice.unmatched != null && box.getValue() == null
                    && e.getEventData().path("element.inputElement.value").asString("").isBlank()) {
                choice.unmatched = null;
                onUnmatched.accept(null);
            }
        }).addEventData("element.inputElement.value");
        return choice;
    }

    private void typed(ComboBox<T> box, List<T> items, Function<T, List<String>> names, @Nullable String typedName,
            Consumer<@Nullable String> onUnmatched) {
        String typed = typedName == null ? "" : typedName.strip();
        if (typed.isEmpty()) {
            unmatched = null;
            onUnmatched.accept(null);
            return;
        }
        Optional<T> match = items.stream().filter(item -> names.apply(item).stream()
                .anyMatch(n -> n != null && n.strip().toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT))))
                .findFirst();
        if (match.isPresent()) {
            box.setValue(match.get());
            return;
        }
        if (box.getValue() != null) {
            box.clear();
        }
        unmatched = typed;
        onUnmatched.accept(typed);
    }

    /** The typed name that names no item, while the field holds it. */
    public Optional<String> unmatched() {
        return Optional.ofNullable(unmatched);
    }
}
