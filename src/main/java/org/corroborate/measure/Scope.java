package org.corroborate.measure;

import org.jspecify.annotations.Nullable;

/** Where and when a measure counts: a place of the registry and a period, either possibly unknown. */
public record Scope(@Nullable PlaceLineage place, @Nullable Period period) {

    public static final Scope UNKNOWN = new Scope(null, null);

    /** This scope, with what it does not know taken from {@code fallback} (a figure inherits its story's). */
    public Scope orElse(Scope fallback) {
        return new Scope(place != null ? place : fallback.place, period != null ? period : fallback.period);
    }
}
