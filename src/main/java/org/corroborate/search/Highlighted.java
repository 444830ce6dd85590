package org.corroborate.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text in which the words that matched a search are marked. The database marks them with two private-use
 * characters (never HTML), which are removed from the stored text first; views render the parts as text nodes.
 */
public record Highlighted(List<Part> parts) {

    /** A run of text, matched or not. */
    public record Part(String text, boolean match) {
    }

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    public Highlighted {
        parts = List.copyOf(parts);
    }

    /** Reads a text marked by ts_headline with {@link #START} and {@link #STOP}. */
    static Highlighted parse(String marked) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == STOP) {
                if (!run.isEmpty()) {
                    parts.add(new Part(run.toString(), inMatch));
                    run.setLength(0);
                }
                inMatch = c == START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), inMatch));
        }
        return new Highlighted(parts);
    }

    /** The text without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return text.toString();
    }

    /** The matched runs, in order. */
    public List<String> matches() {
        return parts.stream().filter(Part::match).map(Part::text).toList();
    }
}
