package org.corroborate.report;

import java.util.Set;
import org.corroborate.extraction.QuantityKind;

/** Assertions of these kinds got a new place or period (read anew at start): standings that used them may change. */
public record AssertionsRescoped(Set<QuantityKind> kinds) {

    public AssertionsRescoped {
        kinds = Set.copyOf(kinds);
    }
}
