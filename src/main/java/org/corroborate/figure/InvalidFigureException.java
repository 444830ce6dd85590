package org.corroborate.figure;

import java.util.List;

/** A figure that cannot be stored as stated; carries the translation keys of every problem. */
public class InvalidFigureException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidFigureException(List<String> problems) {
        super("Invalid figure: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
