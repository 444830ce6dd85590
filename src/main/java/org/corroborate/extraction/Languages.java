package org.corroborate.extraction;

import java.util.List;

/** The languages stories and reports are written in, as their ISO 639-1 codes: the one list the code base uses. */
public final class Languages {

    /** French and English, in the order the forms offer them. */
    public static final List<String> SUPPORTED = List.of("fr", "en");

    private Languages() {
    }

    public static boolean supported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
