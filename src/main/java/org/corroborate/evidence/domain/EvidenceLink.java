package org.corroborate.evidence.domain;

import java.util.Objects;

/** A link from a figure to an assertion: supports, contradicts, or context. */
public record EvidenceLink(StatedAssertion assertion, Relation relation) {

    public EvidenceLink {
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(relation, "relation");
    }

    public static EvidenceLink supports(StatedAssertion a) {
        return new EvidenceLink(a, Relation.SUPPORTS);
    }

    public static EvidenceLink contradicts(StatedAssertion a) {
        return new EvidenceLink(a, Relation.CONTRADICTS);
    }

    public static EvidenceLink context(StatedAssertion a) {
        return new EvidenceLink(a, Relation.CONTEXT);
    }
}
