package org.corroborate.place;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A place as the registry lists it: its aliases, and the places it lies within (nearest first). */
public record PlaceRow(long id, long version, String key, String name, PlaceKind kind, @Nullable Long parentId,
                       List<String> within, List<String> aliases) {

    /** "Maarat al-Numan, Idlib province, Syria". */
    public String fullName() {
        return within.isEmpty() ? name : name + ", " + String.join(", ", within);
    }
}
