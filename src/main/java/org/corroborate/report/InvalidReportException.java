package org.corroborate.report;

import java.util.List;
import java.util.stream.Collectors;

/** A report that cannot be stored as drafted; names every problem, for the field it belongs to. */
public class InvalidReportException extends IllegalArgumentException {

    public enum Field { TITLE, PUBLISHER, PUBLISHED, LANGUAGE, URL, TEXT, ASSERTIONS }

    /** One problem: the translation key for the UI (its arguments fill {0}, {1}...) and the same in English. */
    public record Problem(Field field, String messageKey, List<Object> arguments, String message) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<Problem> problems;

    public InvalidReportException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
