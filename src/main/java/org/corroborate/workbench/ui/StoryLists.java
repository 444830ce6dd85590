package org.corroborate.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Under the story's text: its figures, the suggestions waiting for a decision and the comments on the story, one
 * at a time behind tabs (arrow keys move between the tabs). A list is made when its tab is first shown (most
 * readers never open the suggestions or the comments, and every open story costs the server memory for each
 * component in it); once made, it stays in the page, hidden when another tab is shown, so that it keeps
 * following the story live.
 */
class StoryLists extends Div {

    /** The lists, in the order of their tabs. */
    enum Shown { FIGURES, SUGGESTIONS, COMMENTS }

    final Tabs tabs = new Tabs();
    private final List<Tab> tabList;
    private final List<Supplier<Component>> makers;
    private final Component[] contents = new Component[Shown.values().length];
    private final Div body = new Div();

    /** Each list's maker is called once, when its tab is first shown. */
    StoryLists(Span figuresTitle, Supplier<Component> figures, Span suggestionsTitle,
            Supplier<Component> suggestions, Span commentsTitle, Supplier<Component> comments) {
        addClassName("story-lists");
        tabList = List.of(new Tab(figuresTitle), new Tab(suggestionsTitle), new Tab(commentsTitle));
        makers = new ArrayList<>(List.of(figures, suggestions, comments));
        for (Shown shown : Shown.values()) {
            // addressable by name (browser tests, and anything that links to one list)
            tabList.get(shown.ordinal()).getElement().setAttribute("data-list", shown.name().toLowerCase(Locale.ROOT));
        }
        tabList.forEach(tabs::add);
        body.addClassName("story-lists-body");
        add(tabs, body);
        // Vaadin's tabs put a focusable scroller (div tabindex=-1) between the tablist and its tabs; a tablist may
        // hold tabs only (axe: aria-required-children). The tabs are focusable, so the scroller needs no tabindex.
        tabs.getElement().executeJs("""
                customElements.whenDefined('vaadin-tabs').then(() => this.updateComplete).then(() => {
                  const scroll = this.shadowRoot && this.shadowRoot.getElementById('scroll');
                  if (scroll) scroll.removeAttribute('tabindex');
                });""");
        tabs.addSelectedChangeListener(e -> showSelected());
        showSelected();
    }

    void show(Shown shown) {
        tabs.setSelectedTab(tabList.get(shown.ordinal()));
        showSelected();
    }

    Shown shown() {
        return Shown.values()[Math.max(0, tabs.getSelectedIndex())];
    }

    /** Whether this list was made (its tab was shown at least once). */
    boolean made(Shown list) {
        return contents[list.ordinal()] != null;
    }

    private void showSelected() {
        int selected = Math.max(0, tabs.getSelectedIndex());
        if (contents[selected] == null) {
            contents[selected] = makers.get(selected).get();
            makers.set(selected, null);
            // in the tabs' order, whichever were made before
            int at = (int) Arrays.stream(contents, 0, selected).filter(c -> c != null).count();
            body.addComponentAtIndex(at, contents[selected]);
        }
        for (int i = 0; i < contents.length; i++) {
            if (contents[i] != null) {
                contents[i].setVisible(i == selected);
            }
        }
    }
}
