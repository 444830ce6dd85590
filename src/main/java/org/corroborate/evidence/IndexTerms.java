package org.corroborate.evidence;

import org.corroborate.extraction.QuantityKind;
import org.corroborate.report.AssertionTerms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The candidate index's terms, for the reports feature to store with imported assertions. */
@Component
class IndexTerms implements AssertionTerms {

    @Override
    public long[] of(QuantityKind kind, @Nullable String subject) {
        return CandidateIndex.indexTerms(kind.name(), subject);
    }
}
