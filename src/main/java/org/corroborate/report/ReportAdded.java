package org.corroborate.report;

import java.util.Set;
import org.corroborate.extraction.QuantityKind;

/** Published when a report is stored: figures counting these kinds may now stand differently. */
public record ReportAdded(long reportId, Set<QuantityKind> kinds) {
}
