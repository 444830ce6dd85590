package org.corroborate.report;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: every line read is either stored or rejected with its reasons, in line order;
 * {@code reportIds} names the report each stored line became.
 */
public record ImportSummary(int read, int stored, int rejected, List<ImportRejection> rejections,
        Map<Integer, Long> reportIds) {

    public ImportSummary {
        rejections = List.copyOf(rejections);
        reportIds = Map.copyOf(reportIds);
    }
}
