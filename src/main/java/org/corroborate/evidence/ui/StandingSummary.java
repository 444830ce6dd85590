package org.corroborate.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.StoryStandings;
import org.corroborate.evidence.domain.FigureStatus;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/** "3 corroborated · 1 contested · …" for a story, and the status colour of each of its figures. */
@SpringComponent
@Scope("prototype")
@NamedInterface("ui")
public class StandingSummary extends Composite<Div> {

    /** Receives each figure's status class, to colour its mark in the text. */
    public interface MarkStyler {
        void style(Long figureId, String family, String cssClass);
    }

    private final EvidenceService evidence;
    private Map<Long, FigureStatus> statuses = Map.of();

    StandingSummary(EvidenceService evidence) {
        this.evidence = evidence;
        getContent().addClassName("standing-summary");
    }

    public void refresh(long storyId, MarkStyler styler) {
        StoryStandings standings = evidence.storyStandings(storyId);
        statuses = standings.statusByFigure();
        standings.statusByFigure().forEach((id, status) -> styler.style(id, "status-", StatusBadges.cssClass(status)));
        getContent().removeAll();
        for (FigureStatus status : FigureStatus.values()) {
            Long count = standings.counts().get(status);
            if (count != null) {
                getContent().add(StatusBadges.badge(status, count + " " + getTranslation("status." + status.name())));
            }
        }
    }

    /** A figure's status as read at the last refresh, as a badge (icon and word); empty when it has none. */
    public Component badgeOf(long figureId) {
        FigureStatus status = statuses.get(figureId);
        return status == null ? new Span() : StatusBadges.badge(status, getTranslation("status." + status.name()));
    }

    /** A figure's status in words, as read at the last refresh; empty when it has none. */
    public String statusOf(long figureId) {
        FigureStatus status = statuses.get(figureId);
        return status == null ? "" : getTranslation("status." + status.name());
    }
}
