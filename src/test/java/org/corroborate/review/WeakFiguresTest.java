package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.story.Refusal;
import org.junit.jupiter.api.Test;

class WeakFiguresTest {

    @Test
    void unsupportedContestedAndSupersededFiguresNeedTheEditorsConfirmation() {
        for (FigureStatus status : new FigureStatus[] {FigureStatus.UNSUPPORTED, FigureStatus.CONTESTED,
                FigureStatus.SUPERSEDED}) {
            assertThat(WeakFigures.check(status, false)).as("%s unconfirmed", status)
                    .contains(Refusal.WEAK_FIGURE_UNCONFIRMED);
            assertThat(WeakFigures.check(status, true)).as("%s confirmed", status).isEmpty();
        }
    }

    @Test
    void corroboratedAndSingleSourceFiguresAreApprovedAtOnce() {
        for (FigureStatus status : new FigureStatus[] {FigureStatus.CORROBORATED, FigureStatus.SINGLE_SOURCE}) {
            assertThat(WeakFigures.weak(status)).as("%s", status).isFalse();
            assertThat(WeakFigures.check(status, false)).as("%s", status).isEmpty();
        }
    }

    @Test
    void theEditorIsToldWhichCaseMakesTheFigureWeak() {
        assertThat(WeakFigures.weakness(FigureStatus.UNSUPPORTED, List.of())).contains(Weakness.NO_SUPPORT);
        assertThat(WeakFigures.weakness(FigureStatus.UNSUPPORTED, List.of(Relation.CONTEXT))).contains(Weakness.NO_SUPPORT);
        assertThat(WeakFigures.weakness(FigureStatus.CONTESTED, List.of(Relation.SUPPORTS, Relation.CONTRADICTS)))
                .contains(Weakness.CONTRADICTED);
        assertThat(WeakFigures.weakness(FigureStatus.CONTESTED, List.of(Relation.SUPPORTS, Relation.SUPPORTS)))
                .contains(Weakness.SUPPORTS_DISAGREE);
        assertThat(WeakFigures.weakness(FigureStatus.SUPERSEDED, List.of(Relation.SUPPORTS))).contains(Weakness.SUPERSEDED);
        assertThat(WeakFigures.weakness(FigureStatus.CORROBORATED, List.of(Relation.SUPPORTS))).isEmpty();
    }
}
