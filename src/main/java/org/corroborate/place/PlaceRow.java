package org.corroborate.place;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A place as the registry lists it: its name and its French name (null: the same), its aliases, and the places it
 * lies within (nearest first), in English ({@code within}) and in French ({@code withinFr}).
 */
public record PlaceRow(long id, long version, String key, String name, @Nullable String nameFr, PlaceKind kind,
                       @Nullable Long parentId, List<String> within, List<String> withinFr, List<String> aliases) {

    public PlaceRow {
        within = List.copyOf(within);
        withinFr = List.copyOf(withinFr);
        aliases = List.copyOf(aliases);
    }

    /** The name in the UI's language: "Damas" in French, "Damascus" otherwise. */
    public String name(Locale locale) {
        return french(locale) && nameFr != null ? nameFr : name;
    }

    /** "Maarat al-Numan, Idlib province, Syria". */
    public String fullName() {
        return within.isEmpty() ? name : name + ", " + String.join(", ", within);
    }

    /** "Maaret al-Nouman, province d'Idleb, Syrie" in French. */
    public String fullName(Locale locale) {
        if (!french(locale)) {
            return fullName();
        }
        return withinFr.isEmpty() ? name(locale) : name(locale) + ", " + String.join(", ", withinFr);
    }

    static boolean french(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
