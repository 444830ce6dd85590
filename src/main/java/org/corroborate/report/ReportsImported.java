package org.corroborate.report;

import java.util.List;
import java.util.Set;
import org.corroborate.extraction.QuantityKind;

/**
 * Published inside the transaction that stores a batch of imported reports, instead of one {@link ReportAdded}
 * per report. The assertions are already indexed ({@link AssertionTerms}); work that concerns figures (their
 * standing) should wait until the batch commits, and happen once for the whole batch.
 */
public record ReportsImported(List<Long> reportIds, Set<QuantityKind> kinds) {

    public ReportsImported {
        reportIds = List.copyOf(reportIds);
        kinds = Set.copyOf(kinds);
    }
}
