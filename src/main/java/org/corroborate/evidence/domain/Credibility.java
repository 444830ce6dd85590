package org.corroborate.evidence.domain;

import java.util.Collection;
import org.corroborate.source.Reliability;

/**
 * A figure's credibility on the Admiralty scale, 1 (confirmed by other sources) to 6 (cannot be
 * judged). Mapping from status and the sources' reliability grades (best grade on each side):
 * <ul>
 * <li>corroborated → 1;</li>
 * <li>single source → 2 for grade A or B, 3 for C, 4 for D, 5 for E, 6 for F; a party's claim is at
 *     best 4 (doubtful), whatever the grade: it is a party talking about itself;</li>
 * <li>contested → 3 when the supporting side is more reliable than the contradicting side, 4 when
 *     they are as reliable, 5 when it is less reliable or there is no support at all;</li>
 * <li>superseded → 5: as the current value it is improbable, the newer value stands instead;</li>
 * <li>unsupported → 6.</li>
 * </ul>
 */
public enum Credibility {
    CONFIRMED(1), PROBABLY_TRUE(2), POSSIBLY_TRUE(3), DOUBTFUL(4), IMPROBABLE(5), CANNOT_BE_JUDGED(6);

    private final int rating;

    Credibility(int rating) {
        this.rating = rating;
    }

    public int rating() {
        return rating;
    }

    public static Credibility of(FigureStatus status, boolean partyClaim, Collection<SourceProfile> supporting,
                                 Collection<SourceProfile> contradicting) {
        return switch (status) {
            case CORROBORATED -> CONFIRMED;
            case UNSUPPORTED -> CANNOT_BE_JUDGED;
            case SUPERSEDED -> IMPROBABLE;
            case SINGLE_SOURCE -> singleSource(best(supporting), partyClaim);
            case CONTESTED -> contested(supporting, contradicting);
        };
    }

    private static Credibility singleSource(Reliability grade, boolean partyClaim) {
        Credibility byGrade = switch (grade) {
            case A, B -> PROBABLY_TRUE;
            case C -> POSSIBLY_TRUE;
            case D -> DOUBTFUL;
            case E -> IMPROBABLE;
            case F -> CANNOT_BE_JUDGED;
        };
        return partyClaim && byGrade.rating < DOUBTFUL.rating ? DOUBTFUL : byGrade;
    }

    private static Credibility contested(Collection<SourceProfile> supporting, Collection<SourceProfile> contradicting) {
        if (supporting.isEmpty()) {
            return IMPROBABLE;
        }
        Reliability pro = best(supporting);
        Reliability contra = best(contradicting);
        if (pro.betterThan(contra)) {
            return POSSIBLY_TRUE;
        }
        return contra.betterThan(pro) ? IMPROBABLE : DOUBTFUL;
    }

    private static Reliability best(Collection<SourceProfile> sources) {
        Reliability best = Reliability.F;
        for (SourceProfile s : sources) {
            if (s.reliability().betterThan(best)) {
                best = s.reliability();
            }
        }
        return best;
    }
}
