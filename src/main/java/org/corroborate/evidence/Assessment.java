package org.corroborate.evidence;

import java.util.List;
import java.util.Map;
import org.corroborate.evidence.domain.CheckedFigure;
import org.corroborate.evidence.domain.EvidenceLink;
import org.corroborate.evidence.domain.FigureStanding;
import org.corroborate.evidence.domain.Suggestion;
import org.corroborate.figure.Figure;
import org.corroborate.report.Assertion;

/**
 * One figure as the engine saw it: its inputs (linked assertions as entities, candidates as rows), the
 * suggestions and the derived standing.
 */
record Assessment(Figure figure, CheckedFigure checked, List<Evidence> links, List<EvidenceLink> evidence,
        List<Suggestion> suggestions, Map<Long, Assertion> assertions, Map<Long, Candidate> candidates,
        FigureStanding standing) {

    /** A newer value from one of the figure's origins, or any value published after the story, that it lacks. */
    boolean newerValueAvailable() {
        return standing.newestValue()
                .filter(newest -> newest.published().isAfter(checked.asOf()))
                .filter(newest -> standing.supporting().stream().noneMatch(s -> s.id().equals(newest.id())))
                .isPresent();
    }
}
