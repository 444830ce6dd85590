package org.corroborate.discussion;

/** A comment change that is not allowed; nothing was changed. The reason is a translation key suffix. */
public class CommentRefusedException extends RuntimeException {

    /** Why: someone else's comment, a deleted one, no words, too many words. */
    public enum Reason {
        NOT_AUTHOR, DELETED, EMPTY, TOO_LONG, NOT_FOUND;

        public String key() {
            return "comment.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public CommentRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
