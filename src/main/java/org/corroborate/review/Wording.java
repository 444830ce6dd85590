package org.corroborate.review;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The words an editor starts from: the figure as quoted, with its attribution in the story's language. */
public final class Wording {

    private Wording() {
    }

    /** "environ 260 morts selon l'OSDH", "about 260 deaths according to SOHR". */
    public static String prefill(String quote, @Nullable String attribution, String language) {
        if (attribution == null || attribution.isBlank()) {
            return quote;
        }
        String name = attribution.strip();
        if (!language.toLowerCase(Locale.ROOT).startsWith("fr")) {
            return quote + " according to " + name;
        }
        // French puts an article before an acronym: "l'OSDH", "l'ONU", "le HCR".
        boolean acronym = name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().allMatch(Character::isLetter);
        String article = !acronym ? "" : "AEIOUY".indexOf(name.charAt(0)) >= 0 ? "l'" : "le ";
        return quote + " selon " + article + name;
    }
}
