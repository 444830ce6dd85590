package org.corroborate.measure;

import java.util.List;
import java.util.Objects;

/**
 * A place of the registry with the places that contain it: {@code ids} starts with the place itself, then its
 * parent, up to a country (Maarat al-Numan, Idlib province, Syria).
 */
public record PlaceLineage(List<Long> ids, String name) {

    public PlaceLineage {
        ids = List.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("A lineage starts with its place");
        }
        Objects.requireNonNull(name, "name");
    }

    public long id() {
        return ids.getFirst();
    }

    /** Whether this place is {@code other} or lies within it. */
    public boolean within(PlaceLineage other) {
        return ids.contains(other.id());
    }
}
