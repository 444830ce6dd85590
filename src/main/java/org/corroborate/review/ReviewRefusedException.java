package org.corroborate.review;

/** A review step that the rules do not allow now; nothing was changed. */
public class ReviewRefusedException extends RuntimeException {

    private final Refusal refusal;

    public ReviewRefusedException(Refusal refusal) {
        super("Refused: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
