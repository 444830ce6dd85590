package org.corroborate.evidence.ui;

import com.vaadin.flow.component.html.Span;
import org.corroborate.evidence.domain.FigureStatus;

/** How a status looks wherever it is shown: the same word and colour in the panel, story and lists. */
public final class StatusBadges {

    private StatusBadges() {
    }

    /** The CSS class that colours a figure of this status ("status-contested"). */
    public static String cssClass(FigureStatus status) {
        return "status-" + status.name().toLowerCase().replace('_', '-');
    }

    static Span badge(FigureStatus status, String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(switch (status) {
            case CORROBORATED -> "badge success";
            case CONTESTED -> "badge error";
            case SUPERSEDED -> "badge contrast";
            case SINGLE_SOURCE -> "badge";
            case UNSUPPORTED -> "badge contrast";
        });
        badge.addClassName("status-badge");
        badge.addClassName(cssClass(status));
        return badge;
    }
}
