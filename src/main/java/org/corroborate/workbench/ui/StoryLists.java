package org.corroborate.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import java.util.Locale;

/**
 * Under the story's text: its figures, the suggestions waiting for a decision and the comments on the story, one
 * at a time behind tabs (arrow keys move between the tabs). Every list stays in the page, the hidden ones hidden,
 * so that the view can update any of them at any time.
 */
class StoryLists extends Div {

    /** The lists, in the order of their tabs. */
    enum Shown { FIGURES, SUGGESTIONS, COMMENTS }

    final Tabs tabs = new Tabs();
    private final List<Tab> tabList;
    private final List<Component> contents;

    StoryLists(Span figuresTitle, Component figures, Span suggestionsTitle, Component suggestions,
            Span commentsTitle, Component comments) {
        addClassName("story-lists");
        tabList = List.of(new Tab(figuresTitle), new Tab(suggestionsTitle), new Tab(commentsTitle));
        contents = List.of(figures, suggestions, comments);
        for (Shown shown : Shown.values()) {
            // addressable by name (browser tests, and anything that links to one list)
            tabList.get(shown.ordinal()).getElement().setAttribute("data-list", shown.name().toLowerCase(Locale.ROOT));
        }
        tabList.forEach(tabs::add);
        Div body = new Div();
        body.addClassName("story-lists-body");
        contents.forEach(body::add);
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

    private void showSelected() {
        int selected = Math.max(0, tabs.getSelectedIndex());
        for (int i = 0; i < contents.size(); i++) {
            contents.get(i).setVisible(i == selected);
        }
    }
}
