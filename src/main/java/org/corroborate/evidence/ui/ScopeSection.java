package org.corroborate.evidence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.LongConsumer;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigureScopeView;
import org.corroborate.figure.StaleFigureException;
import org.corroborate.security.CurrentUser;

/**
 * Where and when the shown figure counts (its place and its days, and whether they come from its own words, its
 * story or a correction), with "Correct scope" for fact-checkers: a correction derives its suggestions and standing
 * again at once and is in its history.
 */
class ScopeSection extends Composite<Div> {

    private final EvidenceService evidence;
    final Span place = new Span();
    final Span period = new Span();
    final Button correct = new Button();
    private LongConsumer onCorrected = id -> { };
    private FigureScopeView shown;

    ScopeSection(EvidenceService evidence) {
        this.evidence = evidence;
        Div content = getContent();
        content.addClassName("figure-scope");
        place.addClassName("scope-place");
        period.addClassName("scope-period");
        correct.setText(getTranslation("scope.correct"));
        correct.setIcon(VaadinIcon.MAP_MARKER.create());
        correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        correct.addClassName("scope-correct");
        correct.addClickListener(e -> open());
        Span label = new Span(getTranslation("scope.label"));
        label.addClassName("scope-label");
        content.add(label, place, period, correct);
    }

    /** Told the figure's id after a correction was saved. */
    void onCorrected(LongConsumer listener) {
        this.onCorrected = listener;
    }

    void show(long figureId) {
        shown = evidence.scope(figureId, getLocale());
        place.setText(shown.place() == null ? getTranslation("scope.place.unknown")
                : shown.place() + " (" + getTranslation("scope.origin." + shown.placeOrigin()) + ")");
        period.setText(shown.from() == null ? getTranslation("scope.period.unknown")
                : Formats.date(shown.from(), getLocale()) + " – " + Formats.date(shown.to(), getLocale()) + " ("
                        + getTranslation("scope.origin." + shown.periodOrigin()) + ")");
        correct.setVisible(CurrentUser.canEdit());
    }

    private void open() {
        FigureScopeView now = shown;
        boolean corrected = now.correctedBy() != null;
        new ScopeDialog(getTranslation("scope.correct.title"), getTranslation("scope.correct.help"),
                evidence.placeChoices(getLocale()), false,
                corrected && now.placeId() != null ? List.of(now.placeId()) : List.of(),
                corrected ? now.from() : null, corrected ? now.to() : null, choice -> {
                    try {
                        evidence.correctScope(now.figureId(), now.version(),
                                choice.placeIds().isEmpty() ? null : choice.placeIds().getFirst(), choice.from(),
                                choice.to(), getLocale());
                    } catch (StaleFigureException stale) {
                        Notification.show(getTranslation("scope.error.stale"), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                        onCorrected.accept(now.figureId());
                        return true;
                    }
                    onCorrected.accept(now.figureId());
                    return true;
                }).open();
    }
}
