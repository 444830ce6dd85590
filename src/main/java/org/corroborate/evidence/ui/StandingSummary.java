package org.corroborate.evidence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.corroborate.collaboration.LiveRound;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.StoryStandings;
import org.corroborate.evidence.domain.FigureStatus;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * "3 corroborated · 1 contested · …" for a story, and the status colour of each of its figures. A figure whose standing
 * is not stored yet (a new one: it is derived in the background, DD016) is "being assessed" until the next refresh
 * after it is stored.
 */
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
    private Set<Long> pending = Set.of();
    private Map<FigureStatus, Long> counts = Map.of();

    StandingSummary(EvidenceService evidence) {
        this.evidence = evidence;
        getContent().addClassName("standing-summary");
    }

    public void refresh(long storyId, MarkStyler styler) {
        StoryStandings standings = evidence.storyStandings(storyId);
        statuses = standings.statusByFigure();
        pending = standings.pending();
        standings.statusByFigure().forEach((id, status) -> styler.style(id, "status-", StatusBadges.cssClass(status)));
        pending.forEach(id -> styler.style(id, "status-", StatusBadges.PENDING_CLASS));
        showCounts(standings.counts());
    }

    /**
     * Reads the statuses again (once per live round for all the story's open views) and changes only what changed:
     * the marks of the figures whose status changed or that became or stopped being assessed, and the counts if they
     * did. Returns those figures, whose rows and spoken names the embedding view redraws.
     */
    public Set<Long> refreshChanged(long storyId, MarkStyler styler) {
        StoryStandings standings = LiveRound.shared(List.of("story standings", storyId),
                () -> evidence.storyStandings(storyId));
        Set<Long> changed = new HashSet<>(statuses.keySet());
        changed.addAll(standings.statusByFigure().keySet());
        changed.removeIf(id -> Objects.equals(statuses.get(id), standings.statusByFigure().get(id)));
        Set<Long> wasPending = pending;
        pending = standings.pending();
        pending.stream().filter(id -> !wasPending.contains(id)).forEach(changed::add);
        wasPending.stream().filter(id -> !pending.contains(id)).forEach(changed::add);
        boolean countsChanged = !counts.equals(standings.counts()) || !wasPending.equals(pending);
        statuses = standings.statusByFigure();
        changed.forEach(id -> {
            FigureStatus status = statuses.get(id);
            if (status != null) {
                styler.style(id, "status-", StatusBadges.cssClass(status));
            } else if (pending.contains(id)) {
                styler.style(id, "status-", StatusBadges.PENDING_CLASS);
            }
        });
        if (countsChanged) {
            showCounts(standings.counts());
        }
        return changed;
    }

    private void showCounts(Map<FigureStatus, Long> shown) {
        counts = shown;
        getContent().removeAll();
        for (FigureStatus status : FigureStatus.values()) {
            Long count = shown.get(status);
            if (count != null) {
                getContent().add(StatusBadges.badge(status, getTranslation("status.count." + status.name(), count)));
            }
        }
        if (!pending.isEmpty()) {
            getContent().add(StatusBadges.pendingBadge(getTranslation("status.count.pending", pending.size())));
        }
    }

    /** Whether the figure's standing was not stored yet at the last refresh (it is being assessed). */
    public boolean isPending(long figureId) {
        return pending.contains(figureId);
    }

    /**
     * Each row's figure status as read at the last refresh, as a badge (icon and word; nothing when it has
     * none), for a list's column: drawn by the browser from one template, no component per row on the server.
     * After a refresh, refresh the list's items.
     */
    public <T> LitRenderer<T> badgeRenderer(ToLongFunction<T> figureId) {
        return LitRenderer.<T>of("""
                <span class="status-badge ${item.css}" theme="${item.theme}" ?hidden="${!item.text}">\
                <vaadin-icon class="status-icon" icon="${item.icon}" aria-hidden="true"></vaadin-icon>\
                <span>${item.text}</span></span>""")
                .withProperty("css", row -> css(figureId.applyAsLong(row)))
                .withProperty("theme", row -> with(figureId.applyAsLong(row), StatusBadges::theme,
                        StatusBadges.PENDING_THEME))
                .withProperty("icon", row -> with(figureId.applyAsLong(row), StatusBadges::iconName,
                        StatusBadges.PENDING_ICON))
                .withProperty("text", row -> statusOf(figureId.applyAsLong(row)));
    }

    private String css(long figureId) {
        return with(figureId, StatusBadges::cssClass, StatusBadges.PENDING_CLASS);
    }

    private String with(long figureId, Function<FigureStatus, String> property) {
        return with(figureId, property, "");
    }

    private String with(long figureId, Function<FigureStatus, String> property, String whilePending) {
        FigureStatus status = statuses.get(figureId);
        return status != null ? property.apply(status) : pending.contains(figureId) ? whilePending : "";
    }

    /**
     * A figure's status in words, as read at the last refresh: "being assessed" while its standing is not stored;
     * empty for a figure the last refresh did not know.
     */
    public String statusOf(long figureId) {
        FigureStatus status = statuses.get(figureId);
        return status != null ? getTranslation("status." + status.name())
                : pending.contains(figureId) ? getTranslation("status.pending") : "";
    }
}
