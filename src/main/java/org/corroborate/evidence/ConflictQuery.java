package org.corroborate.evidence;

import java.util.Set;
import org.corroborate.evidence.domain.WarningCode;

/**
 * Which figures the conflicts view lists: all that need a look, or only the contested ones, those warned about, or
 * those with a newer value; and, when {@code text} is not blank, those whose quote or story title holds it (any case)
 * or whose warnings are among {@code warningsNamed} (the warnings whose names, in the reader's language, hold it).
 */
public record ConflictQuery(Show show, String text, Set<WarningCode> warningsNamed) {

    /** Everything that needs a look, unfiltered. */
    public static final ConflictQuery ALL = new ConflictQuery(Show.ALL, "", Set.of());

    public enum Show { ALL, CONTESTED, WARNINGS, NEWER_VALUES }

    public ConflictQuery {
        text = text.strip();
        warningsNamed = Set.copyOf(warningsNamed);
    }
}
