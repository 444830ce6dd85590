package org.corroborate.evidence.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.corroborate.evidence.domain.FigureStatus;

/**
 * How a status looks wherever it is shown: the same word, icon and colour in the panel, story and lists. The icon
 * (and in the text, the mark's pattern and sign) tells the statuses apart without colour.
 */
public final class StatusBadges {

    private StatusBadges() {
    }

    /** The CSS class that colours a figure of this status ("status-contested"). */
    public static String cssClass(FigureStatus status) {
        return "status-" + status.name().toLowerCase().replace('_', '-');
    }

    static VaadinIcon icon(FigureStatus status) {
        return switch (status) {
            case CORROBORATED -> VaadinIcon.CHECK_CIRCLE;
            case CONTESTED -> VaadinIcon.SCALE_UNBALANCE;
            case SUPERSEDED -> VaadinIcon.TIME_FORWARD;
            case SINGLE_SOURCE -> VaadinIcon.USER;
            case UNSUPPORTED -> VaadinIcon.QUESTION_CIRCLE_O;
        };
    }

    /** The icon's name as the {@code vaadin-icon} element takes it ("vaadin:check-circle"). */
    static String iconName(FigureStatus status) {
        return "vaadin:" + icon(status).name().toLowerCase(java.util.Locale.ENGLISH).replace('_', '-');
    }

    /** The badge's theme ("badge success"). */
    static String theme(FigureStatus status) {
        return switch (status) {
            case CORROBORATED -> "badge success";
            case CONTESTED -> "badge error";
            case SUPERSEDED -> "badge contrast";
            case SINGLE_SOURCE -> "badge";
            case UNSUPPORTED -> "badge contrast";
        };
    }

    /**
     * A figure whose standing is not stored yet (new, derived in the background): "being assessed", an hourglass,
     * a neutral badge, and a mark drawn as a plain outline with "…" beside it.
     */
    static final String PENDING_CLASS = "status-pending";
    static final String PENDING_ICON = "vaadin:hourglass";
    static final String PENDING_THEME = "badge contrast";

    static Span pendingBadge(String text) {
        Icon icon = VaadinIcon.HOURGLASS.create();
        icon.addClassName("status-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(text));
        badge.getElement().getThemeList().add(PENDING_THEME);
        badge.addClassName("status-badge");
        badge.addClassName(PENDING_CLASS);
        return badge;
    }

    static Span badge(FigureStatus status, String text) {
        Icon icon = icon(status).create();
        icon.addClassName("status-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(text));
        badge.getElement().getThemeList().add(theme(status));
        badge.addClassName("status-badge");
        badge.addClassName(cssClass(status));
        return badge;
    }
}
