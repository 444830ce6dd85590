package org.corroborate.source;

import java.util.List;
import java.util.stream.Collectors;

/** A source that cannot be saved as drafted; names every problem, for the field it belongs to. */
public class InvalidSourceException extends IllegalArgumentException {

    public enum Field { KEY, NAME, KIND, RELIABILITY, NOTE, ALIASES, DOMAINS }

    /**
     * One problem: the translation key for the UI (its arguments fill {0}, {1}...) and the same in English
     * for logs and the API.
     */
    public record Problem(Field field, String messageKey, List<String> arguments, String message) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<Problem> problems;

    public InvalidSourceException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
