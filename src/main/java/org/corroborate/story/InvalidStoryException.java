package org.corroborate.story;

import java.util.List;

/** A story that breaks {@link StoryRules}; carries the translation keys of every problem. */
public class InvalidStoryException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidStoryException(List<String> problems) {
        super("Invalid story: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
