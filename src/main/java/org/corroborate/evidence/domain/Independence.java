package org.corroborate.evidence.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Independence is decided on the origin alone: AFP citing SOHR and Reuters citing SOHR are one
 * origin, SOHR. Publishers and relays add reach, not independence.
 */
public final class Independence {

    private Independence() {
    }

    /** The distinct origins, in order of first appearance. */
    public static List<SourceProfile> origins(Collection<StatedAssertion> assertions) {
        Map<String, SourceProfile> byKey = new LinkedHashMap<>();
        for (StatedAssertion a : assertions) {
            byKey.putIfAbsent(a.origin().key(), a.origin());
        }
        return List.copyOf(byKey.values());
    }

    public static boolean independent(StatedAssertion a, StatedAssertion b) {
        return !a.origin().sameAs(b.origin());
    }
}
