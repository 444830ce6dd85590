package org.corroborate.base.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * A language field that follows the pasted text: while the person has not picked a language, the
 * field takes the one detected from the text and says so; once they pick one, it only says when
 * the text looks like the other language. The forms that take a pasted story or report use it, so
 * an English text pasted under the default French is read as English.
 */
public final class LanguageProposal {

    private final Select<String> language;
    private final Function<String, Optional<String>> detector;
    private boolean chosen;

    private LanguageProposal(Select<String> language, Function<String, Optional<String>> detector) {
        this.language = language;
        this.detector = detector;
    }

    /**
     * @param detector the language code of a text, empty when it cannot tell (the extraction
     *                 feature's {@code Languages::detect})
     */
    public static LanguageProposal attach(Select<String> language, TextArea text,
                                          Function<String, Optional<String>> detector) {
        LanguageProposal p = new LanguageProposal(language, detector);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> p.propose(e.getValue()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                p.chosen = true;
                p.propose(text.getValue());
            }
        });
        return p;
    }

    /** A language set by the application (a page that declared it): it counts as chosen. */
    public void choose(String code) {
        chosen = true;
        language.setValue(code);
    }

    void propose(String text) {
        Optional<String> detected = detector.apply(text);
        if (detected.isEmpty() || chosen && detected.get().equals(language.getValue())) {
            language.setHelperText(null);
            return;
        }
        String name = language.getTranslation("language." + detected.get());
        if (!chosen) {
            language.setValue(detected.get());
            language.setHelperText(language.getTranslation("language.detected", name));
        } else {
            language.setHelperText(language.getTranslation("language.looks", name));
        }
    }
}
