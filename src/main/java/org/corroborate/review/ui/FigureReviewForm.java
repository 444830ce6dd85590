package org.corroborate.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import org.corroborate.base.ui.Formats;
import org.corroborate.review.Decision;
import org.corroborate.review.FigureReview;

/**
 * The editor's decision on one figure: how it stands (approved with its wording, rejected with its reason,
 * needs approval again, not yet), and for editors Approve with editable wording and Reject with a reason.
 * When four eyes (or a published story) forbids approving, the buttons are disabled and the reason shown.
 */
class FigureReviewForm extends VerticalLayout {

    final H4 title = new H4();
    final Span decision = new Span();
    final TextField wording = new TextField();
    final Button approve = new Button();
    final TextField reason = new TextField();
    final Button reject = new Button();
    final Span refusal = new Span();
    private FigureReview figure;
    private Names names = new Names(java.util.Map.of(), "system");

    FigureReviewForm(BiConsumer<FigureReview, String> onApprove, BiConsumer<FigureReview, String> onReject) {
        addClassName("figure-review");
        setPadding(false);
        setSpacing(false);
        setVisible(false);
        decision.addClassName("review-decision");
        refusal.addClassName("review-reason");
        wording.setLabel(getTranslation("review.figure.wording"));
        wording.setWidthFull();
        approve.setText(getTranslation("review.figure.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> onApprove.accept(figure, wording.getValue()));
        reason.setLabel(getTranslation("review.figure.reason"));
        reason.setWidthFull();
        reject.setText(getTranslation("review.figure.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> onReject.accept(figure, reason.getValue()));
        HorizontalLayout approveRow = new HorizontalLayout(wording, approve);
        approveRow.setWidthFull();
        approveRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout rejectRow = new HorizontalLayout(reason, reject);
        rejectRow.setWidthFull();
        rejectRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, decision, refusal, approveRow, rejectRow);
    }

    void show(FigureReview shown, boolean canDecide, Names names) {
        this.names = names;
        FigureReview previous = this.figure;
        this.figure = shown;
        setVisible(true);
        title.setText(getTranslation("review.figure.title", shown.quote()));
        decision.setText(describe(shown));
        decision.getElement().setAttribute("data-decision",
                shown.decision() == null ? "NONE" : shown.decision().name());
        // A live refresh must not wipe what the editor is typing: the fields reset only when the figure or its
        // decision changed.
        if (!sameDecision(previous, shown)) {
            wording.setValue(shown.decision() == Decision.APPROVED && shown.wording() != null ? shown.wording()
                    : shown.suggestedWording());
            reason.setValue(shown.decision() == Decision.REJECTED && shown.reason() != null ? shown.reason() : "");
        }
        boolean allowed = shown.approvalRefusal() == null;
        for (var control : new com.vaadin.flow.component.HasEnabled[] { wording, approve, reason, reject }) {
            control.setEnabled(allowed);
        }
        wording.getParent().ifPresent(row -> row.setVisible(canDecide));
        reason.getParent().ifPresent(row -> row.setVisible(canDecide));
        String why = allowed ? "" : getTranslation("review.refusal." + shown.approvalRefusal());
        approve.getElement().setAttribute("title", why);
        refusal.setText(canDecide ? why : "");
        refusal.setVisible(canDecide && !allowed);
    }

    FigureReview figure() {
        return figure;
    }

    void hide() {
        figure = null;
        setVisible(false);
    }

    private static boolean sameDecision(FigureReview a, FigureReview b) {
        return a != null && a.figureId() == b.figureId() && a.decision() == b.decision()
                && java.util.Objects.equals(a.decidedAt(), b.decidedAt()) && a.detached() == b.detached();
    }

    private String describe(FigureReview f) {
        if (f.decision() == null) {
            return getTranslation("review.decision.NONE");
        }
        String when = Formats.dateTime(f.decidedAt(), getLocale());
        return switch (f.decision()) {
            case APPROVED -> getTranslation("review.decision.APPROVED", names.of(f.decidedBy()), when, f.wording());
            case REJECTED -> getTranslation("review.decision.REJECTED", names.of(f.decidedBy()), when, f.reason());
            case LAPSED -> getTranslation(f.detached() ? "review.decision.LAPSED.detached" : "review.decision.LAPSED",
                    names.of(f.decidedBy()), names.of(f.lapsedBy()));
        };
    }
}
