package org.corroborate.ingest;

import org.corroborate.report.UnreadableLinkException;

/** A fetch that did not bring back a page to read, and why; nothing was stored. */
public class FetchFailedException extends UnreadableLinkException {

    /** Why a fetch failed; each has a message in the translation bundles ({@code fetch.error.<name>}). */
    public enum Reason {
        INVALID_ADDRESS, REFUSED_ADDRESS, UNKNOWN_HOST, CONNECTION_FAILED, TIMEOUT, HTTP_STATUS, TOO_MANY_REDIRECTS,
        TOO_LARGE, NOT_TEXT, EMPTY, UNREADABLE;

        String messageKey() {
            return "fetch.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public FetchFailedException(Reason reason, String message, Object... arguments) {
        super(reason.messageKey(), message, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
