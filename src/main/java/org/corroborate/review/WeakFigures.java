package org.corroborate.review;

import java.util.Collection;
import java.util.Optional;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.story.Refusal;

/**
 * Figures whose approval needs the editor's explicit confirmation: an unsupported figure (no evidence), a contested
 * one (reports disagree) or a superseded one (its origin has since published a newer value: the story states an
 * outdated toll). Approving one with a single click, unwarned, is how a wrong toll gets published.
 */
final class WeakFigures {

    private WeakFigures() {
    }

    static boolean weak(FigureStatus status) {
        return status == FigureStatus.UNSUPPORTED || status == FigureStatus.CONTESTED
                || status == FigureStatus.SUPERSEDED;
    }

    /**
     * Which case makes the figure weak, so that the editor is told that one: no report supports it; a report linked as
     * a contradiction contradicts it; contested with no contradiction linked, its supporting reports disagree
     * (a support whose value does not fit the figure, or independent supports that do not fit each other); or a newer
     * value of its origin supersedes it.
     */
    static Optional<Weakness> weakness(FigureStatus status, Collection<Relation> linked) {
        return switch (status) {
            case UNSUPPORTED -> Optional.of(Weakness.NO_SUPPORT);
            case CONTESTED -> Optional.of(linked.contains(Relation.CONTRADICTS) ? Weakness.CONTRADICTED
                    : Weakness.SUPPORTS_DISAGREE);
            case SUPERSEDED -> Optional.of(Weakness.SUPERSEDED);
            default -> Optional.empty();
        };
    }

    /** Refused when the figure is weak and the editor did not confirm. */
    static Optional<Refusal> check(FigureStatus status, boolean confirmed) {
        return weak(status) && !confirmed ? Optional.of(Refusal.WEAK_FIGURE_UNCONFIRMED) : Optional.empty();
    }
}
