package org.corroborate.review;

import java.util.List;
import org.corroborate.story.Refusal;

/**
 * A step that the review rules do not allow now (the transaction rolls back, nothing is changed). An illegal
 * state: callers that handle conflicts as such (409 in the API) handle it too.
 */
public class ReviewRefusedException extends IllegalStateException {

    private final Refusal refusal;
    private final List<String> figures;

    public ReviewRefusedException(Refusal refusal) {
        this(refusal, List.of());
    }

    /** Refused because of these figures (their words in the story), named in the message. */
    public ReviewRefusedException(Refusal refusal, List<String> figures) {
        super("Refused: " + refusal + (figures.isEmpty() ? "" : " " + figures));
        this.refusal = refusal;
        this.figures = List.copyOf(figures);
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The figures that stand in the way (their words in the story); empty when the refusal is not about figures. */
    public List<String> figures() {
        return figures;
    }
}
