package org.corroborate.report;

import java.util.List;

/**
 * A web address that cannot become a report: says why in a translation key (its arguments fill {0}, {1}...)
 * and in English, for logs and the API. Nothing was stored.
 */
public class UnreadableLinkException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public UnreadableLinkException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
