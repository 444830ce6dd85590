package org.corroborate.report;

import java.util.List;
import java.util.stream.Collectors;

/** A line of an import file that was not stored, and why (each reason as a translation key and in English). */
public record ImportRejection(int line, List<Reason> reasons) {

    public record Reason(String messageKey, List<Object> arguments, String message) {

        public Reason {
            arguments = List.copyOf(arguments);
        }
    }

    public ImportRejection {
        reasons = List.copyOf(reasons);
    }

    static ImportRejection of(int line, String messageKey, String message, Object... arguments) {
        return new ImportRejection(line, List.of(new Reason(messageKey, List.of(arguments), message)));
    }

    /** The reasons in English, for the API. */
    public String reason() {
        return reasons.stream().map(Reason::message).collect(Collectors.joining(" "));
    }
}
