package org.corroborate.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.corroborate.collaboration.LiveRound;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigureNotFoundException;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.evidence.FigurePanelData.Standing;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.NamedInterface;
import org.corroborate.base.ui.Formats;

/**
 * How one figure stands: status with its explanation, credibility, warnings, the linked evidence, the
 * suggestions to link, and every value stated for its measure as a timeline and a table. Embedded by the
 * story view, which adds what other features show with each figure (its assignee, its decision, its comments);
 * it talks to the evidence service only.
 * <p>
 * The panel is a fixed, ordered list of sections ({@code .panel-section}, named by {@code data-section}), made
 * once and redrawn in place: showing another figure never removes, re-adds or moves a section. (Redrawing by
 * removing every child and adding the same components again is what scrambled the panel from the second figure
 * on: the browser received the re-added components after the new headings, so the headings stacked up empty and
 * the lists fell below the comments.) The sections, and the companions other features add, are made when the
 * panel first shows a figure.
 */
@NamedInterface("ui")
@SpringComponent
@Scope("prototype")
public class FigurePanel extends Composite<VerticalLayout> {

    /** The sections, top to bottom. */
    public static final List<String> SECTIONS = List.of("figure", "scope", "with-figure", "standing", "decision", "evidence",
            "suggestions", "timeline", "after-figure");

    private final EvidenceService evidence;
    private final UserService users;
    // The sections and what is in them are made when the panel first shows a figure: a story opened without a
    // figure selected holds none of them (each open story costs the server memory for every component in it).
    EvidenceList evidenceList;
    EvidenceSuggestionList suggestionList;
    LedgerTable ledgerTable;
    Div standing;
    Svg timeline;
    final FlexLayout tools = new FlexLayout();
    private H3 quote;
    private Paragraph value;
    Div unregistered;
    private H4 evidenceTitle;
    private H4 suggestionsTitle;
    private H4 timelineTitle;
    private FigurePanelData data;
    private LongConsumer onChange = figureId -> { };
    private final Map<String, Div> sections = new LinkedHashMap<>();
    private boolean locked;

    private final List<Companion<?>> companions = new ArrayList<>();

    /** Where a companion goes in the panel. */
    public enum Place {
        /** Under the figure's value, above its standing. */
        WITH_FIGURE("with-figure"),
        /** Under the standing, above the evidence: the decision on the figure. */
        DECISION("decision"),
        /** At the end of the panel. */
        AFTER_FIGURE("after-figure");

        private final String section;

        Place(String section) {
            this.section = section;
        }
    }

    /** Told which figure the panel shows, with the companion it made, each time it shows one. */
    @FunctionalInterface
    public interface ShownOn<C extends Component> {
        void show(C companion, long storyId, long figureId);
    }

    /** A component of another feature shown with each figure; made with the sections. */
    private static final class Companion<C extends Component> {
        private final Supplier<C> maker;
        private final String section;
        private final ShownOn<C> onShow;
        private @Nullable C made;

        Companion(Supplier<C> maker, String section, ShownOn<C> onShow) {
            this.maker = maker;
            this.section = section;
            this.onShow = onShow;
        }

        void make(Map<String, Div> sections) {
            made = maker.get();
            sections.get(section).add(made);
        }

        void show(long storyId, long figureId) {
            if (made != null) {
                onShow.show(made, storyId, figureId);
            }
        }
    }

    FigurePanel(EvidenceService evidence, UserService users) {
        this.evidence = evidence;
        this.users = users;
        VerticalLayout content = getContent();
        content.addClassName("figure-panel");
        content.setPadding(false);
        content.setSpacing(false);
        content.setVisible(false);
        tools.addClassName("figure-tools");
        tools.getStyle().set("gap", "var(--lumo-space-s)");
        companions.add(new Companion<>(() -> {
            ScopeSection scope = new ScopeSection(evidence);
            scope.onCorrected(id -> {
                show(id);
                onChange.accept(id);
            });
            return scope;
        }, "scope", (scope, storyId, figureId) -> scope.show(figureId)));
    }

    /** Makes the sections, in order, with what is in them and the companions: once, for the first figure shown. */
    private void makeSections() {
        if (!sections.isEmpty()) {
            return;
        }
        VerticalLayout content = getContent();
        for (String name : SECTIONS) {
            Div section = new Div();
            section.addClassName("panel-section");
            section.getElement().setAttribute("data-section", name);
            sections.put(name, section);
            content.add(section);
        }
        quote = new H3();
        value = new Paragraph();
        value.addClassName("meta");
        unregistered = new Div();
        unregistered.addClassName("unregistered-attribution");
        standing = new Div();
        standing.addClassName("standing");
        evidenceTitle = new H4();
        evidenceList = new EvidenceList(this::unlink);
        suggestionsTitle = new H4();
        suggestionList = new EvidenceSuggestionList(this::link);
        timelineTitle = new H4();
        timeline = new Svg();
        timeline.addClassName("timeline-chart");
        ledgerTable = new LedgerTable();
        sections.get("figure").add(quote, value, unregistered, tools);
        sections.get("standing").add(standing);
        sections.get("evidence").add(evidenceTitle, evidenceList);
        sections.get("suggestions").add(suggestionsTitle, suggestionList);
        sections.get("timeline").add(timelineTitle, timeline, ledgerTable);
        companions.forEach(companion -> companion.make(sections));
    }

    /** Buttons the embedding view offers for the shown figure (correct its value, its history), under its quote. */
    public void addTools(Component... buttons) {
        tools.add(buttons);
    }

    /**
     * A component of another feature shown with each figure, in its {@code place}, made by {@code maker} only when
     * the panel first shows a figure; {@code onShow} is told which figure is shown before it is drawn.
     */
    public <C extends Component> void addCompanion(Supplier<C> maker, Place place, ShownOn<C> onShow) {
        Companion<C> companion = new Companion<>(maker, place.section, onShow);
        companions.add(companion);
        if (!sections.isEmpty()) {
            companion.make(sections);
        }
    }

    /** A published story's evidence is locked: no link or unlink buttons until it is reopened. */
    public void setLocked(boolean locked) {
        if (locked == this.locked) {
            return; // told again at each change of the story's review, live
        }
        this.locked = locked;
        if (data != null) {
            render(false);
        }
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
        render(true);
    }

    /**
     * The figure shown changed (its evidence, here or heard live): its standing, evidence, suggestions and timeline
     * are read again (live, once per round for all the open views of the figure in one language) and redrawn if they
     * differ; what other features show with it (its comments, assignee, decision) follow their own changes.
     */
    public void showChanged(long figureId) {
        java.util.Locale locale = getLocale();
        FigurePanelData now;
        try {
            now = LiveRound.shared(List.of("figure panel", figureId, locale), () -> evidence.panel(figureId, locale));
        } catch (FigureNotFoundException gone) {
            getContent().setVisible(false);
            return;
        }
        if (!now.equals(data)) {
            data = now;
            render(false);
        }
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

    /** The names of the sections in the order they are shown. */
    List<String> sectionOrder() {
        return getContent().getChildren().map(c -> c.getElement().getAttribute("data-section")).toList();
    }

    private void render(boolean withCompanions) {
        makeSections();
        getContent().setVisible(true);
        quote.setText(Formats.quoted(data.quote(), getLocale()));
        value.setText(data.value() + " · " + getTranslation("panel.read-as", data.reading())
                + (data.holder() == null ? "" : " · " + getTranslation("suggestion.holder", data.holder()))
                + (data.attribution() == null || !data.attributionRegistered() ? ""
                        : " · " + getTranslation("panel.attributed", data.attribution())));
        unregistered.removeAll();
        unregistered.setVisible(data.attribution() != null && !data.attributionRegistered());
        if (data.attribution() != null && !data.attributionRegistered()) {
            unregistered.add(new Span(getTranslation("panel.attributed.unregistered", data.attribution())));
            if (CurrentUser.canEdit()) {
                Anchor register = new Anchor("sources?register=" + URLEncoder.encode(data.attribution(),
                        StandardCharsets.UTF_8) + "&story=" + data.storyId() + "&figure=" + data.figureId(),
                        getTranslation("panel.attributed.register"));
                register.addClassName("register-source");
                unregistered.add(new Span(" · "), register);
            }
        }
        renderStanding(data.standing());
        boolean canEdit = CurrentUser.canEdit() && !locked;
        evidenceTitle.setText(getTranslation("panel.evidence", data.evidence().size()));
        Map<String, String> names = users.displayNames();
        String system = getTranslation("people.system");
        evidenceList.show(data.evidence(), canEdit,
                login -> "system".equals(login) ? system : names.getOrDefault(login, login));
        suggestionsTitle.setText(getTranslation("panel.suggestions"));
        suggestionList.show(data.suggestions(), canEdit);
        timelineTitle.setText(getTranslation("panel.timeline"));
        ledgerTable.show(data.ledger());
        timeline.setSvg(TimelineSvg.svg(data.ledger(), getLocale(), new TimelineSvg.Labels(
                getTranslation("panel.timeline.alt", data.quote()), role -> getTranslation("role." + role.name()),
                getTranslation("panel.timeline.figure"))));
        if (withCompanions) {
            for (Companion<?> companion : companions) {
                companion.show(data.storyId(), data.figureId());
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

    /**
     * Links the best candidate evidence with {@code relation} (a keyboard shortcut); false when there is none or the
     * user may not link here.
     */
    public boolean linkBestSuggestion(Relation relation) {
        if (data == null || locked || !CurrentUser.canEdit() || data.suggestions().isEmpty()) {
            return false;
        }
        link(data.suggestions().getFirst().assertionId(), relation);
        return true;
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
        showChanged(figureId); // its comments and assignee did not change
        onChange.accept(figureId);
    }
}
