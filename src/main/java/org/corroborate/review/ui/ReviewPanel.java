package org.corroborate.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.NoSuchElementException;
import org.corroborate.collaboration.LiveRound;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryFollowing;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.figure.FigureRow;
import org.corroborate.review.FigureReview;
import org.corroborate.review.ReviewRefusedException;
import org.corroborate.review.ReviewService;
import org.corroborate.review.Weakness;
import org.corroborate.review.StorySteps;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.UserService;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.NamedInterface;

/**
 * Editorial review of one story, embedded by the story view: the story's state and next steps, and the
 * decision on the figure selected in the story's figure list. Talks to the review service only; re-reads when
 * anyone commits a change to the story's figures.
 */
@SpringComponent
@Scope("prototype")
@NamedInterface("ui")
public class ReviewPanel extends VerticalLayout {

    private final ReviewService review;
    private final UserService users;
    final StoryReviewBar bar = new StoryReviewBar();
    /** The decision on the selected figure: made when a first figure is selected (or its place is asked for). */
    @Nullable FigureReviewForm form;
    private Long storyId;
    private Long figureId;
    private Registration selection;
    /** Asks an editor to confirm approving a weak figure: made the first time it is needed. */
    @Nullable ConfirmDialog confirmWeak;
    private Registration confirmRegistration;
    /** Asks an editor to confirm approving a story whose text states tolls nobody checks: made when first needed. */
    @Nullable ConfirmDialog confirmDismissed;
    private final StoryFollowing following;
    private java.util.function.Consumer<StoryState> onState = state -> { };

    ReviewPanel(ReviewService review, StoryWatch watch, UserService users) {
        this.review = review;
        this.users = users;
        this.following = new StoryFollowing(watch, this::changed);
        addClassName("review-panel");
        setPadding(false);
        setSpacing(false);
        bar.submit.addClickListener(e -> step(() -> review.submitForReview(storyId), "review.done.submitted"));
        bar.approve.addClickListener(e -> approveStory(false));
        bar.publish.addClickListener(e -> step(() -> review.publish(storyId), "review.done.published"));
        bar.reopen.addClickListener(e -> step(() -> review.reopen(storyId), "review.done.reopened"));
        bar.history.addClickListener(e -> new HistoryDialog(review.storyHistory(storyId), names()).open());
        add(bar);
    }

    /** The figure's decision form, made at the first call, in this panel until its place is asked for. */
    private FigureReviewForm form() {
        if (form == null) {
            form = new FigureReviewForm(this::approve, this::reject);
            addComponentAtIndex(1, form);
        }
        return form;
    }

    /** Shows the review of a story, following the figure selected in {@code figures}. Returns this panel. */
    public ReviewPanel forStory(long story, Grid<FigureRow> figures) {
        this.storyId = story;
        this.figureId = null;
        if (selection != null) {
            selection.remove();
        }
        selection = figures.addSelectionListener(e -> showFigure(e.getFirstSelectedItem().map(FigureRow::id)
                .orElse(null)));
        following.story(story);
        refresh();
        return this;
    }

    /**
     * The decision on the selected figure, for the embedding view to show with the figure (in its panel); it
     * leaves this panel, which keeps the story's state and steps.
     */
    public com.vaadin.flow.component.Component figureDecision() {
        return form();
    }

    /** Called with the story's state each time the panel reads it: after a step here, and live after anyone's. */
    public void onState(java.util.function.Consumer<StoryState> listener) {
        this.onState = listener;
    }

    /**
     * Approves the selected figure with the wording shown, as the Approve button does (asking first for a weak
     * figure); false when there is no figure or the user may not approve it now.
     */
    public boolean approveSelected() {
        if (form == null || form.figure() == null || !form.approve.isEnabled()
                || !form.approve.getParent().orElseThrow().isVisible()) {
            return false;
        }
        approve(form.figure(), form.wording.getValue());
        return true;
    }

    /** Puts the cursor in the reason for rejecting the selected figure; false when the user may not reject it now. */
    public boolean startRejecting() {
        if (form == null || form.figure() == null || !form.reject.isEnabled()
                || !form.reject.getParent().orElseThrow().isVisible()) {
            return false;
        }
        form.reason.focus();
        return true;
    }

    /** Opens one figure's history, where an earlier value can be restored; {@code onRestored} after a restore. */
    public void openFigureHistory(long figureId, Runnable onRestored) {
        new FigureHistoryDialog(review, figureId, names(), () -> {
            onRestored.run();
            refresh();
        }).open();
    }

    void showFigure(Long id) {
        this.figureId = id;
        showDecision();
    }

    /** People by name (read now: names change rarely, but do). */
    private Names names() {
        return new Names(users.displayNames(), getTranslation("people.system"));
    }

    /**
     * Changes announced on the story: a decision or an evidence change (which may lapse an approval) on any figure
     * changes the story's steps; the selected figure's decision is read again only when that figure changed. Comments,
     * presence and assignments change nothing here.
     */
    private void changed(List<StoryChange> changes) {
        boolean steps = false;
        boolean selected = false;
        for (StoryChange change : changes) {
            if (change instanceof StoryChange.FigureChanged figure) {
                steps = true;
                selected |= figureId != null && figure.figureId() == figureId;
            } else if (change == StoryChange.Aspect.STATE) {
                steps = true;
                selected = true; // a published story locks its figures' decisions
            }
        }
        if (steps) {
            showSteps();
        }
        if (selected) {
            showDecision();
        }
    }

    /**
     * The figure was changed here (its value or evidence): the story's steps and, if it is the one selected, its
     * decision are read again now (who may approve it may have changed), without waiting for the live round.
     */
    public void figureChanged(long changed) {
        changed(List.of(new StoryChange.FigureChanged(changed)));
    }

    /** Reads the story's review and the selected figure's decision again. */
    void refresh() {
        showSteps();
        showDecision();
    }

    /** The story's state and next steps, read once per live round for all its open views. */
    private void showSteps() {
        if (storyId == null) {
            return;
        }
        long story = storyId;
        StorySteps steps = LiveRound.shared(List.of("story steps", story), () -> review.storySteps(story));
        bar.show(steps, CurrentUser.canEdit(), review.mayDecide());
        onState.accept(steps.state());
    }

    /** The selected figure's decision, read again. */
    private void showDecision() {
        if (storyId == null) {
            return;
        }
        boolean canDecide = review.mayDecide();
        if (figureId == null) {
            if (form != null) {
                form.hide();
            }
            return;
        }
        try {
            form().show(review.figureReview(figureId), canDecide, names());
        } catch (NoSuchElementException gone) {
            form().hide();
        }
    }

    /**
     * Approves; an unsupported, contested or superseded figure first asks the editor to confirm, saying how it stands, and the
     * confirmation is recorded with the approval.
     */
    private void approve(FigureReview figure, String wording) {
        if (review.needsConfirmation(figure.figureId())) {
            confirmWeak(figure, wording);
        } else {
            step(() -> review.approve(figure.figureId(), wording), "review.done.approved");
        }
    }

    private void confirmWeak(FigureReview figure, String wording) {
        if (confirmWeak == null) {
            confirmWeak = new ConfirmDialog();
            add(confirmWeak);
        }
        confirmWeak.setHeader(getTranslation("review.confirm-weak.title", figure.quote()));
        Weakness weakness = review.weakness(figure.figureId()).orElse(Weakness.SUPPORTS_DISAGREE);
        confirmWeak.setText(getTranslation("review.confirm-weak.text." + weakness.name(),
                getTranslation("status." + review.statusOf(figure.figureId()).name())));
        confirmWeak.setCancelable(true);
        confirmWeak.setCancelText(getTranslation("review.confirm-weak.cancel"));
        confirmWeak.setConfirmText(getTranslation("review.confirm-weak.confirm"));
        confirmWeak.addClassName("confirm-weak");
        if (confirmRegistration != null) {
            confirmRegistration.remove();
        }
        confirmRegistration = confirmWeak.addConfirmListener(e -> step(
                () -> review.approve(figure.figureId(), wording, true), "review.done.approved"));
        confirmWeak.open();
    }

    /**
     * Approves the story; when its text states tolls whose suggestions were dismissed, the editor is told which and
     * asked first (walk F37: a story went through with its lead toll unchecked, without a word).
     */
    private void approveStory(boolean confirmed) {
        try {
            review.approveStory(storyId, confirmed);
            notify(getTranslation("review.done.story-approved"), NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefusedException refused) {
            if (refused.refusal() == Refusal.DISMISSED_TOLLS_UNCONFIRMED) {
                confirmDismissed(refused.figures());
                return;
            }
            notify(StoryReviewBar.refusal(this, getLocale(), refused.refusal(), refused.figures()), NotificationVariant.LUMO_WARNING);
        } catch (OptimisticLockingFailureException | NoSuchElementException | IllegalStateException conflict) {
            notify(getTranslation("review.failed"), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void confirmDismissed(List<String> tolls) {
        if (confirmDismissed == null) {
            confirmDismissed = new ConfirmDialog();
            confirmDismissed.addClassName("confirm-dismissed");
            confirmDismissed.setCancelable(true);
            confirmDismissed.addConfirmListener(e -> approveStory(true));
            add(confirmDismissed);
        }
        confirmDismissed.setHeader(getTranslation("review.confirm-dismissed.title"));
        confirmDismissed.setText(StoryReviewBar.refusal(this, getLocale(), Refusal.DISMISSED_TOLLS_UNCONFIRMED, tolls));
        confirmDismissed.setCancelText(getTranslation("review.confirm-dismissed.cancel"));
        confirmDismissed.setConfirmText(getTranslation("review.confirm-dismissed.confirm"));
        confirmDismissed.open();
    }

    private void reject(FigureReview figure, String reason) {
        step(() -> review.reject(figure.figureId(), reason), "review.done.rejected");
    }

    private void step(Runnable action, String doneKey) {
        try {
            action.run();
            notify(getTranslation(doneKey), NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefusedException refused) {
            notify(StoryReviewBar.refusal(this, getLocale(), refused.refusal(), refused.figures()), NotificationVariant.LUMO_WARNING);
        } catch (OptimisticLockingFailureException | NoSuchElementException | IllegalStateException conflict) {
            notify(getTranslation("review.failed"), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        following.attached(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.detached();
    }
}
