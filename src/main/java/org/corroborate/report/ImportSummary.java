package org.corroborate.report;

import java.util.List;

/** The outcome of an import: every line read is either stored or rejected with its reasons, in line order. */
public record ImportSummary(int read, int stored, int rejected, List<ImportRejection> rejections) {

    public ImportSummary {
        rejections = List.copyOf(rejections);
    }
}
