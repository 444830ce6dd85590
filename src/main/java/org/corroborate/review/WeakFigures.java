package org.corroborate.review;

import java.util.Optional;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.story.Refusal;

/**
 * Figures whose approval needs the editor's explicit confirmation: an unsupported figure (no evidence) or a
 * contested one (reports disagree). Approving one with a single click, unwarned, is how a wrong toll gets published.
 */
final class WeakFigures {

    private WeakFigures() {
    }

    static boolean weak(FigureStatus status) {
        return status == FigureStatus.UNSUPPORTED || status == FigureStatus.CONTESTED;
    }

    /** Refused when the figure is weak and the editor did not confirm. */
    static Optional<Refusal> check(FigureStatus status, boolean confirmed) {
        return weak(status) && !confirmed ? Optional.of(Refusal.WEAK_FIGURE_UNCONFIRMED) : Optional.empty();
    }
}
