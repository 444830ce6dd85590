package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.*;

import java.util.List;
import org.corroborate.source.Reliability;
import org.junit.jupiter.api.Test;

class CredibilityTest {

    @Test
    void aCorroboratedFigureIsConfirmed() {
        assertThat(Credibility.of(FigureStatus.CORROBORATED, false, List.of(OCHA, UNICEF), List.of()).rating())
                .isEqualTo(1);
    }

    @Test
    void aSingleReliableSourceIsProbablyTrue() {
        assertThat(Credibility.of(FigureStatus.SINGLE_SOURCE, false, List.of(SOHR), List.of()).rating()).isEqualTo(2);
    }

    @Test
    void aSingleFairlyReliableSourceIsPossiblyTrue() {
        assertThat(Credibility.of(FigureStatus.SINGLE_SOURCE, false, List.of(XINHUA), List.of()).rating()).isEqualTo(3);
    }

    @Test
    void aPartysClaimIsAtBestDoubtfulWhateverItsGrade() {
        SourceProfile reliableParty = new SourceProfile("party", "a party", true, Reliability.A);

        assertThat(Credibility.of(FigureStatus.SINGLE_SOURCE, true, List.of(reliableParty), List.of()).rating())
                .isEqualTo(4);
    }

    @Test
    void aSourceThatCannotBeJudgedGivesACredibilityThatCannotBeJudged() {
        assertThat(Credibility.of(FigureStatus.SINGLE_SOURCE, false, List.of(UNKNOWN), List.of()).rating()).isEqualTo(6);
    }

    @Test
    void aFigureContestedByAMoreReliableSourceIsImprobable() {
        assertThat(Credibility.of(FigureStatus.CONTESTED, false, List.of(XINHUA), List.of(OCHA)).rating()).isEqualTo(5);
    }

    @Test
    void aFigureContestedByALessReliableSourceIsPossiblyTrue() {
        assertThat(Credibility.of(FigureStatus.CONTESTED, false, List.of(OCHA), List.of(ARMY)).rating()).isEqualTo(3);
    }

    @Test
    void aFigureContestedBetweenEquallyReliableSourcesIsDoubtful() {
        assertThat(Credibility.of(FigureStatus.CONTESTED, false, List.of(RFI), List.of(AFP)).rating()).isEqualTo(4);
    }

    @Test
    void aSupersededFigureIsImprobable() {
        assertThat(Credibility.of(FigureStatus.SUPERSEDED, false, List.of(SOHR), List.of()).rating()).isEqualTo(5);
    }

    @Test
    void anUnsupportedFigureCannotBeJudged() {
        assertThat(Credibility.of(FigureStatus.UNSUPPORTED, false, List.of(), List.of()).rating()).isEqualTo(6);
    }

    @Test
    void theEngineRatesTheFigureItAssesses() {
        CheckedFigure figure = figure("environ 260", about("260"), FIGHTERS_KILLED, SOHR);
        StatedAssertion army = said(ARMY, 24, exact("258"), FIGHTERS_KILLED, "258");

        FigureStanding standing = StatusEngine.withDefaults().assess(figure, List.of(EvidenceLink.supports(army)), List.of());

        assertThat(standing.credibility()).isEqualTo(Credibility.DOUBTFUL);
    }
}
