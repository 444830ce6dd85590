package org.corroborate.review;

import org.corroborate.story.Refusal;

/**
 * A step that the review rules do not allow now (the transaction rolls back, nothing is changed). An illegal
 * state: callers that handle conflicts as such (409 in the API) handle it too.
 */
public class ReviewRefusedException extends IllegalStateException {

    private final Refusal refusal;

    public ReviewRefusedException(Refusal refusal) {
        super("Refused: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
