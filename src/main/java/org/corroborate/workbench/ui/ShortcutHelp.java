package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The story page's keyboard shortcuts, listed in a dialog ("?" opens it). Shortcuts are single keys, ignored while
 * typing in a field; each person turns them off or on in the user menu (remembered by the browser).
 */
class ShortcutHelp extends Dialog {

    /** A shortcut: its key(s) and the translation key of what it does. */
    record Shortcut(String keys, String does) {
    }

    static final List<Shortcut> SHORTCUTS = List.of(new Shortcut("j", "shortcut.next"),
            new Shortcut("k", "shortcut.previous"), new Shortcut("Enter", "shortcut.open"),
            new Shortcut("s", "shortcut.supports"), new Shortcut("x", "shortcut.contradicts"),
            new Shortcut("a", "shortcut.approve"), new Shortcut("r", "shortcut.reject"),
            new Shortcut("c", "shortcut.comment"), new Shortcut("?", "shortcut.help"));

    /** The keys the page listens to (Enter is the marks' own). */
    static final List<String> KEYS = List.of("j", "k", "s", "x", "a", "r", "c", "?");

    ShortcutHelp() {
        addClassName("shortcut-help");
        setHeaderTitle(getTranslation("shortcut.title"));
        Div list = new Div();
        list.addClassName("shortcut-list");
        list.getElement().setAttribute("role", "list");
        for (Shortcut s : SHORTCUTS) {
            Span key = new Span(s.keys());
            key.addClassName("shortcut-key");
            Div row = new Div(key, new Span(getTranslation(s.does())));
            row.getElement().setAttribute("role", "listitem");
            list.add(row);
        }
        Paragraph off = new Paragraph(getTranslation("shortcut.switch-off"));
        off.addClassName("meta");
        add(list, off);
        Button close = new Button(getTranslation("shortcut.close"), e -> close());
        getFooter().add(close);
    }
}
