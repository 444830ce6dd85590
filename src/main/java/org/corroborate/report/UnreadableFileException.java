package org.corroborate.report;

import java.util.List;

/** An uploaded file that cannot become a report's text; says why, in a translation key and in English. */
public class UnreadableFileException extends IllegalArgumentException {

    public enum Reason {
        EMPTY("report.add.file.empty"),
        TOO_LARGE("report.add.file.too-large"),
        BINARY("report.add.file.binary"),
        NOT_DECODABLE("report.add.file.not-decodable"),
        UNKNOWN_CHARSET("report.add.file.unknown-charset"),
        UNSUPPORTED_TYPE("report.add.file.unsupported-type");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final List<Object> arguments;

    public UnreadableFileException(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** Fill the {0}, {1}... of the reason's text. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
