package org.corroborate.review;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Where an editor's decision on a figure stands. LAPSED: the figure changed since, it needs approval again. */
public enum Decision {
    APPROVED, REJECTED, LAPSED;

    /** Whether every figure is approved or rejected: none lapsed, none undecided (null). */
    public static boolean allSettled(Collection<@Nullable Decision> decisions) {
        return decisions.stream().allMatch(Decision::settled);
    }

    /** Whether a figure with this decision no longer stands in the way of approving its story: approved or rejected. */
    public static boolean settled(@Nullable Decision decision) {
        return decision == APPROVED || decision == REJECTED;
    }
}
