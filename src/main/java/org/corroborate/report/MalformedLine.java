package org.corroborate.report;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Why an import line is not JSON, in the person's words rather than the parser's (walk F40: Jackson's English message
 * stood inside the French sentence): where it broke and the line's own words from there, or that it stops short.
 */
final class MalformedLine {

    /** How much of the line is quoted from where it breaks (the parser points at the first character it refused). */
    static final int QUOTED = 24;

    private MalformedLine() {
    }

    static ImportRejection rejection(int line, String text, JacksonException malformed) {
        TokenStreamLocation where = malformed.getLocation();
        int column = where == null || where.getColumnNr() < 1 ? 1 : Math.min(where.getColumnNr(), text.length() + 1);
        if (malformed instanceof UnexpectedEndOfInputException || column > text.strip().length()) {
            return ImportRejection.of(line, "import.error.json-end",
                    "The line stops before its JSON is complete (column " + column + ").", column);
        }
        int to = Math.min(text.length(), column - 1 + QUOTED);
        String shown = text.substring(column - 1, to).strip() + (to < text.length() ? "…" : "");
        return ImportRejection.of(line, "import.error.json",
                "The line is not valid JSON from column " + column + ": \u201c" + shown + "\u201d.", column, shown);
    }
}
