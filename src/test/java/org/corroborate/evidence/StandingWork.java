package org.corroborate.evidence;

import java.util.Collection;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** What the standings worker runs after an import, for tests in other packages (QueryPlanTest explains it). */
public final class StandingWork {

    private StandingWork() {
    }

    /** The figures the standings worker queues after these reports are stored ({@link ConcernedFigures}). */
    public static Set<Long> figuresConcernedBy(ApplicationContext context, Collection<Long> reportIds) {
        return context.getBean(ConcernedFigures.class).of(reportIds);
    }
}
