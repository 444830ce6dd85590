package org.corroborate.evidence.domain;

import java.util.Objects;
import org.corroborate.source.Reliability;

/**
 * Who a number comes from, as far as the status rules care: a stable key (independence is decided
 * on it), a display name, whether it is a party to the conflict, and its reliability grade.
 */
public record SourceProfile(String key, String name, boolean party, Reliability reliability) {

    public SourceProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reliability, "reliability");
        name = name == null || name.isBlank() ? key : name;
    }

    public boolean sameAs(SourceProfile other) {
        return other != null && key.equals(other.key);
    }
}
