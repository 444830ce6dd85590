package org.corroborate.export;

import java.util.List;
import java.util.Locale;
import org.corroborate.evidence.FigurePanelData.EvidenceRow;
import org.corroborate.evidence.FigurePanelData.Role;
import org.corroborate.evidence.FigurePanelData.Standing;
import org.corroborate.evidence.domain.Interval;
import org.corroborate.figure.FigureRow;
import org.corroborate.review.Decision;
import org.corroborate.review.FigureReview;

/**
 * A figure of a story as the exports write it: the figure, the interval its value is read as (the one the
 * workbench compares with other reports: "about 25,000" is [23,750, 26,250], not 25,000), how it stands, the
 * evidence linked to it, the sentence of the story it stands in, and the editors' decision on it.
 */
public record ExportedFigure(FigureRow figure, Interval interval, Standing standing, List<EvidenceRow> evidence,
        String sentence, FigureReview review) {

    /** The origins of the assertions that support the figure, each once, in the panel's order. */
    public List<String> supportingOrigins() {
        return evidence.stream().filter(e -> e.role() == Role.SUPPORTING).map(EvidenceRow::whoSays).distinct()
                .toList();
    }

    /** Approved, and still so: what may be published. */
    public boolean approved() {
        return review.decision() == Decision.APPROVED;
    }

    /** "approved", "rejected", "lapsed" (needs approval again) or "pending" (not decided yet). */
    public String approval() {
        return review.decision() == null ? "pending" : review.decision().name().toLowerCase(Locale.ROOT);
    }
}
