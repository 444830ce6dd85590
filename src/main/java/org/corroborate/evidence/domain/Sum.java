package org.corroborate.evidence.domain;

import java.math.BigDecimal;
import java.util.List;

/** A message argument rendered as "110 + 148 = 258", numbers in the reader's format. */
public record Sum(List<BigDecimal> terms) {

    public Sum {
        terms = List.copyOf(terms);
    }

    public BigDecimal total() {
        return terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
