package org.corroborate.measure;

import org.jspecify.annotations.Nullable;

/**
 * The one rule that says whether two statements of the same kind and subject are about the same measure, i.e. the
 * same event: their places are compatible (the same, or one within the other: a village of Idlib province counts
 * towards the province, as a part) and their periods overlap (or one contains the other). Suggestions, the ledger
 * and timeline, supersession, "newer value available" and the consistency checks all ask this rule.
 *
 * <p>An unknown place, or a period that no phrase stated (only the window before publication), cannot prove a
 * different event, but it cannot prove the same one either: the match is {@link ScopeMatch#WEAKER}.
 */
public final class SameMeasure {

    private SameMeasure() {
    }

    public static ScopeMatch match(Scope a, Scope b) {
        ScopeMatch place = places(a.place(), b.place());
        ScopeMatch period = periods(a.period(), b.period());
        if (place == ScopeMatch.DIFFERENT || period == ScopeMatch.DIFFERENT) {
            return ScopeMatch.DIFFERENT;
        }
        return place == ScopeMatch.SAME && period == ScopeMatch.SAME ? ScopeMatch.SAME : ScopeMatch.WEAKER;
    }

    public static ScopeMatch places(@Nullable PlaceLineage a, @Nullable PlaceLineage b) {
        if (a == null || b == null) {
            return ScopeMatch.WEAKER;
        }
        return a.within(b) || b.within(a) ? ScopeMatch.SAME : ScopeMatch.DIFFERENT;
    }

    public static ScopeMatch periods(@Nullable Period a, @Nullable Period b) {
        if (a == null || b == null) {
            return ScopeMatch.WEAKER;
        }
        if (!a.overlaps(b)) {
            return ScopeMatch.DIFFERENT;
        }
        return a.stated() && b.stated() ? ScopeMatch.SAME : ScopeMatch.WEAKER;
    }
}
