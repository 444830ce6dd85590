package org.corroborate.evidence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigureNotFoundException;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.evidence.FigurePanelData.Standing;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.security.CurrentUser;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.NamedInterface;

/**
 * How one figure stands: status with its explanation, credibility, warnings, the linked evidence, the
 * suggestions to link, and every value stated for its measure as a timeline and a table. Embedded by the
 * story view, which adds what other features show with each figure (its assignee, its comments); it talks to the
 * evidence service only.
 */
@NamedInterface("ui")
@SpringComponent
@Scope("prototype")
public class FigurePanel extends Composite<VerticalLayout> {

    private final EvidenceService evidence;
    final EvidenceList evidenceList = new EvidenceList(this::unlink);
    final EvidenceSuggestionList suggestionList = new EvidenceSuggestionList(this::link);
    final LedgerTable ledgerTable = new LedgerTable();
    final Div standing = new Div();
    final Image timeline = new Image();
    private FigurePanelData data;
    private LongConsumer onChange = figureId -> { };
    final FlexLayout tools = new FlexLayout();

    private final List<Companion> companions = new ArrayList<>();

    /** Told which figure the panel shows, each time it shows one. */
    @FunctionalInterface
    public interface FigureShown {
        void show(long storyId, long figureId);
    }

    private record Companion(com.vaadin.flow.component.Component component, boolean atTop, FigureShown onShow) {
    }

    FigurePanel(EvidenceService evidence) {
        this.evidence = evidence;
        getContent().addClassName("figure-panel");
        getContent().setPadding(false);
        getContent().setVisible(false);
        timeline.addClassName("timeline-chart");
        ScopeSection scope = new ScopeSection(evidence);
        scope.onCorrected(id -> {
            show(id);
            onChange.accept(id);
        });
        addCompanion(scope, true, (storyId, figureId) -> scope.show(figureId));
    }

    /** Buttons the embedding view offers for the shown figure (correct its value, its history), under its quote. */
    public void addTools(com.vaadin.flow.component.Component... buttons) {
        tools.addClassName("figure-tools");
        tools.getStyle().set("gap", "var(--lumo-space-s)");
        tools.add(buttons);
    }

    /**
     * A component of another feature shown with each figure: under its value ({@code atTop}) or at the end of the
     * panel; {@code onShow} is told which figure is shown before it is drawn.
     */
    public void addCompanion(com.vaadin.flow.component.Component component, boolean atTop, FigureShown onShow) {
        companions.add(new Companion(component, atTop, onShow));
    }

    /** Called with the figure's id whenever the user changed its evidence here. */
    public void onChange(LongConsumer listener) {
        this.onChange = listener;
    }

    public void show(long figureId) {
        try {
            data = evidence.panel(figureId, getLocale());
        } catch (FigureNotFoundException gone) {
            getContent().setVisible(false);
            return;
        }
        render();
    }

    public void hide() {
        data = null;
        getContent().setVisible(false);
    }

    /** What the panel shows now. */
    FigurePanelData evidence() {
        return data;
    }

    /** The figure shown, if any. */
    public java.util.Optional<Long> figureId() {
        return java.util.Optional.ofNullable(data).map(FigurePanelData::figureId);
    }

    private void render() {
        VerticalLayout content = getContent();
        content.removeAll();
        content.setVisible(true);
        H3 quote = new H3("« " + data.quote() + " »");
        Paragraph value = new Paragraph(data.value() + " · " + getTranslation("panel.read-as", data.reading())
                + (data.attribution() == null ? "" : " · " + getTranslation("panel.attributed", data.attribution())));
        value.addClassName("meta");
        renderStanding(data.standing());
        boolean canEdit = CurrentUser.canEdit();
        evidenceList.show(data.evidence(), canEdit);
        suggestionList.show(data.suggestions(), canEdit);
        ledgerTable.show(data.ledger());
        timeline.setSrc(TimelineChart.dataUrl(data.ledger(), getTranslation("kind.label")));
        timeline.setAlt(getTranslation("panel.timeline.alt", data.quote()));
        content.add(quote, value, tools, standing,
                new H4(getTranslation("panel.evidence", data.evidence().size())), evidenceList,
                new H4(getTranslation("panel.suggestions")), suggestionList,
                new H4(getTranslation("panel.timeline")), timeline, ledgerTable);
        int top = 2;
        for (Companion companion : companions) {
            companion.onShow().show(data.storyId(), data.figureId());
            if (companion.atTop()) {
                content.addComponentAtIndex(top++, companion.component());
            } else {
                content.add(companion.component());
            }
        }
    }

    private void renderStanding(Standing s) {
        standing.removeAll();
        standing.addClassName("standing");
        FlexLayout badges = new FlexLayout();
        badges.addClassName("badges");
        badges.add(StatusBadges.badge(s.status(), getTranslation("status." + s.status().name())));
        Span credibility = new Span(getTranslation("panel.credibility", s.credibility(),
                getTranslation("credibility." + s.credibility())));
        credibility.getElement().getThemeList().add("badge contrast");
        badges.add(credibility);
        if (s.partyClaim()) {
            Span party = new Span(getTranslation("panel.party-claim"));
            party.getElement().getThemeList().add("badge error");
            badges.add(party);
        }
        if (s.newerValueAvailable()) {
            Span newer = new Span(getTranslation("panel.newer-value"));
            newer.getElement().getThemeList().add("badge");
            badges.add(newer);
        }
        standing.add(badges);
        s.explanation().forEach(line -> standing.add(new Paragraph(line)));
        s.warnings().forEach(w -> {
            Span warning = new Span(VaadinIcon.WARNING.create(), new Span(w));
            warning.addClassName("warning");
            standing.add(new Div(warning));
        });
    }

    void link(long assertionId, Relation relation) {
        change(() -> evidence.link(data.figureId(), assertionId, relation));
    }

    void unlink(long assertionId) {
        change(() -> evidence.unlink(data.figureId(), assertionId));
    }

    private void change(Runnable action) {
        long figureId = data.figureId();
        try {
            action.run();
        } catch (DataAccessException | IllegalArgumentException | IllegalStateException failed) {
            Notification.show(getTranslation("panel.change-failed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show(figureId);
        onChange.accept(figureId);
    }
}
