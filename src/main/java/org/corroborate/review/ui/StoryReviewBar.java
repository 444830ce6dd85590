package org.corroborate.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.base.ui.Formats;
import org.corroborate.review.StorySteps;
import org.corroborate.story.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The story's editorial state and its next steps; a step the rules do not allow now is disabled, and why is
 * shown beside the buttons and as the button's tooltip.
 */
class StoryReviewBar extends HorizontalLayout {

    final Span state = new Span();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button publish = new Button();
    final Button reopen = new Button();
    final Button history = new Button();
    final Span reason = new Span();

    /** How many of the figures left the reason names; the others are counted. */
    private static final int NAMED = 5;

    StoryReviewBar() {
        addClassName("story-review-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        state.getElement().getThemeList().add("badge");
        state.addClassName("review-state");
        reason.addClassName("review-reason");
        submit.setText(getTranslation("review.story.submit"));
        approve.setText(getTranslation("review.story.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setText(getTranslation("review.story.publish"));
        reopen.setText(getTranslation("review.story.reopen"));
        history.setText(getTranslation("review.history"));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        for (Button button : new Button[] {submit, approve, publish, reopen, history}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        add(state, submit, approve, publish, reopen, history, reason);
    }

    /** Shows the story's state and which steps this user may take: submit (fact-checkers too), the rest (editors). */
    void show(StorySteps review, boolean canSubmit, boolean canDecide) {
        state.setText(getTranslation("story.state." + review.state()));
        state.getElement().setAttribute("data-state", review.state().name());
        step(submit, canSubmit, review.submitRefusal());
        step(approve, canDecide, review.approveRefusal());
        if (review.approveRefusal() == Refusal.FIGURES_UNREVIEWED && !review.unsettled().isEmpty()) {
            approve.getElement().setAttribute("title", figuresLeft(review.unsettled()));
        }
        step(publish, canDecide, review.publishRefusal(), review.rejectedInText());
        step(reopen, canDecide, review.reopenRefusal());
        // The reason worth reading, beside the buttons where keyboard and touch users see it too, is that of the step
        // the story's state leads to, when this user may take it (the other steps' refusals only restate the state).
        Button next = button(review.next());
        reason.setText(next.isVisible() && !next.isEnabled() ? next.getElement().getAttribute("title") : "");
    }

    private Button button(StorySteps.Step step) {
        return switch (step) {
            case SUBMIT -> submit;
            case APPROVE -> approve;
            case PUBLISH -> publish;
            case REOPEN -> reopen;
        };
    }

    private void step(Button button, boolean permitted, @Nullable Refusal refusal) {
        step(button, permitted, refusal, List.of());
    }

    private void step(Button button, boolean permitted, @Nullable Refusal refusal, List<String> figures) {
        button.setVisible(permitted);
        button.setEnabled(refusal == null);
        button.getElement().setAttribute("title", refusal == null ? "" : refusal(this, getLocale(), refusal, figures));
    }

    /** Approving the story is refused: which figures are left, each undecided or needing approval again. */
    private String figuresLeft(List<StorySteps.Unsettled> unsettled) {
        Stream<String> named = unsettled.stream().limit(NAMED).map(f -> getTranslation(
                f.lapsed() ? "review.unsettled.lapsed" : "review.unsettled.undecided",
                Formats.quoted(f.quote(), getLocale())));
        if (unsettled.size() > NAMED) {
            named = Stream.concat(named, Stream.of(getTranslation("review.unsettled.more", unsettled.size() - NAMED)));
        }
        return getTranslation("review.refusal.FIGURES_UNREVIEWED.left", named.collect(Collectors.joining(", ")));
    }

    /**
     * Why a step is refused, naming the figures in the way (their words in the story, quoted as the UI's language
     * quotes), if any.
     */
    static String refusal(Component where, Locale locale, Refusal refusal, List<String> figures) {
        String key = "review.refusal." + refusal;
        return figures.isEmpty() ? where.getTranslation(key) : where.getTranslation(key,
                figures.stream().map(q -> Formats.quoted(q, locale)).collect(Collectors.joining(", ")));
    }
}
