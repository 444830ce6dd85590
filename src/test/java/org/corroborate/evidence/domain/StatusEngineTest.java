package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.EvidenceLink.context;
import static org.corroborate.evidence.domain.EvidenceLink.contradicts;
import static org.corroborate.evidence.domain.EvidenceLink.supports;
import static org.corroborate.evidence.domain.Fixtures.*;

import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.junit.jupiter.api.Test;

class StatusEngineTest {

    private final StatusEngine engine = StatusEngine.withDefaults();

    private final CheckedFigure environ260 = figure("environ 260 morts", about("260"), FIGHTERS_KILLED, SOHR);

    private FigureStanding assess(CheckedFigure figure, EvidenceLink... links) {
        return engine.assess(figure, List.of(links), List.of());
    }

    @Test
    void aFigureWithoutEvidenceIsUnsupported() {
        assertThat(assess(environ260).status()).isEqualTo(FigureStatus.UNSUPPORTED);
    }

    @Test
    void contextAloneLeavesAFigureUnsupported() {
        StatedAssertion agreeing = said(OCHA, 24, exact("258"), FIGHTERS_KILLED, "258");

        assertThat(assess(environ260, context(agreeing)).status()).isEqualTo(FigureStatus.UNSUPPORTED);
    }

    @Test
    void supportFromOneOriginIsASingleSource() {
        StatedAssertion sohr = said(SOHR, 24, exact("258"), FIGHTERS_KILLED, "258");

        assertThat(assess(environ260, supports(sohr)).status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
    }

    @Test
    void afpAndReutersCitingSohrAreOneOrigin() {
        StatedAssertion afp = relayed(AFP, SOHR, 24, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion reuters = relayed(REUTERS, SOHR, 24, about("260"), FIGHTERS_KILLED, "about 260");

        FigureStanding standing = assess(environ260, supports(afp), supports(reuters));

        assertThat(standing.status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
    }

    @Test
    void twoIndependentOriginsThatAgreeCorroborate() {
        StatedAssertion sohr = said(SOHR, 24, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion xinhua = said(XINHUA, 24, about("260"), FIGHTERS_KILLED, "some 260");

        assertThat(assess(environ260, supports(sohr), supports(xinhua)).status()).isEqualTo(FigureStatus.CORROBORATED);
    }

    @Test
    void aPartyNeverCorroboratesAlone() {
        StatedAssertion army = said(ARMY, 24, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion turkey = said(TURKISH_PRESIDENCY, 24, exact("258"), FIGHTERS_KILLED, "258");

        assertThat(assess(environ260, supports(army), supports(turkey)).status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
    }

    @Test
    void aFigureOnlyPartiesSupportIsClaimedByAParty() {
        StatedAssertion army = said(ARMY, 24, exact("258"), FIGHTERS_KILLED, "258");

        assertThat(assess(environ260, supports(army)).partyClaim()).isTrue();
    }

    @Test
    void aPartyAndAnIndependentOriginCorroborate() {
        StatedAssertion army = said(ARMY, 24, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion sohr = said(SOHR, 24, exact("258"), FIGHTERS_KILLED, "258");

        FigureStanding standing = assess(environ260, supports(army), supports(sohr));

        assertThat(standing.status()).isEqualTo(FigureStatus.CORROBORATED);
        assertThat(standing.partyClaim()).isFalse();
    }

    @Test
    void aLinkedContradictionContestsTheFigure() {
        StatedAssertion sohr = said(SOHR, 24, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion army = said(ARMY, 24, exact("320"), FIGHTERS_KILLED, "320");

        assertThat(assess(environ260, supports(sohr), contradicts(army)).status()).isEqualTo(FigureStatus.CONTESTED);
    }

    @Test
    void independentSupportsThatDisagreeWithEachOtherContest() {
        CheckedFigure wide = figure("entre 100 et 300 morts", StatedValue.range("100", "300"), FIGHTERS_KILLED, null);
        StatedAssertion low = said(SOHR, 24, exact("120"), FIGHTERS_KILLED, "120");
        StatedAssertion high = said(OCHA, 24, exact("290"), FIGHTERS_KILLED, "290");

        assertThat(assess(wide, supports(low), supports(high)).status()).isEqualTo(FigureStatus.CONTESTED);
    }

    // Walker F14 (Mozambique, Cyclone Idai): "at least 242" deaths, INGD's 242 on the 18th, OCHA's "at least 250" on the 19th.
    private static final SourceProfile INGD = new SourceProfile("ingd", "INGD", false, org.corroborate.source.Reliability.B);
    private final CheckedFigure atLeast242 = figure("at least 242", StatedValue.of(org.corroborate.extraction.Qualifier.AT_LEAST, "242"),
            ComparedMeasure.of(QuantityKind.DEATHS, "people"), INGD);

    @Test
    void supportsThatAllLieWithinAnAtLeastFigureDoNotContestIt() {
        StatedAssertion ingd = said(INGD, 18, exact("242"), atLeast242.measure(), "242");
        StatedAssertion ocha = said(OCHA, 19, StatedValue.of(org.corroborate.extraction.Qualifier.AT_LEAST, "250"),
                atLeast242.measure(), "at least 250");

        FigureStanding standing = assess(atLeast242, supports(ingd), supports(ocha));

        assertThat(standing.status()).isEqualTo(FigureStatus.CORROBORATED);
        assertThat(standing.supporting()).containsExactly(ingd, ocha);
    }

    @Test
    void supportsWithinAnUpperBoundDoNotContestIt() {
        CheckedFigure upTo = figure("jusqu'à 60 000", StatedValue.of(org.corroborate.extraction.Qualifier.AT_MOST, "60000"),
                DISPLACED, null);
        StatedAssertion low = said(OCHA, 24, exact("41000"), DISPLACED, "41 000");
        StatedAssertion high = said(SOHR, 24, exact("55000"), DISPLACED, "55 000");

        assertThat(assess(upTo, supports(low), supports(high)).status()).isEqualTo(FigureStatus.CORROBORATED);
    }

    @Test
    void anAtLeastFigureIsStillContestedByALowerValue() {
        CheckedFigure atLeast300 = figure("killed at least 300", StatedValue.of(org.corroborate.extraction.Qualifier.AT_LEAST, "300"),
                FIGHTERS_KILLED, null);
        StatedAssertion sohr = said(SOHR, 25, exact("310"), FIGHTERS_KILLED, "310");
        StatedAssertion exactly120 = said(OCHA, 25, exact("120"), FIGHTERS_KILLED, "120");

        assertThat(assess(atLeast300, supports(sohr), contradicts(exactly120)).status()).isEqualTo(FigureStatus.CONTESTED);
        assertThat(assess(atLeast300, supports(sohr), supports(exactly120)).status()).isEqualTo(FigureStatus.CONTESTED);
    }

    @Test
    void supportsOnlyOverlappingABoundStillContestWhenTheyDisagree() {
        // "about 240" reaches into [242, ∞) without lying within it: what it says and "at least 300" disagree
        StatedAssertion about240 = said(SOHR, 25, about("240"), atLeast242.measure(), "about 240");
        StatedAssertion atLeast300 = said(OCHA, 25, StatedValue.of(org.corroborate.extraction.Qualifier.AT_LEAST, "300"),
                atLeast242.measure(), "at least 300");

        assertThat(assess(atLeast242, supports(about240), supports(atLeast300)).status()).isEqualTo(FigureStatus.CONTESTED);
    }

    @Test
    void aSupportWhoseValueDisagreesCountsAsAContradiction() {
        StatedAssertion ocha = said(OCHA, 24, exact("320"), FIGHTERS_KILLED, "320");

        FigureStanding standing = assess(environ260, supports(ocha));

        assertThat(standing.status()).isEqualTo(FigureStatus.CONTESTED);
        assertThat(standing.warningCodes()).containsExactly(WarningCode.SUPPORT_DISAGREES);
    }

    @Test
    void aNewerValueFromTheSameOriginSupersedes() {
        StatedAssertion then = said(SOHR, 23, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion since = said(SOHR, 26, exact("312"), FIGHTERS_KILLED, "312");

        FigureStanding standing = engine.assess(environ260, List.of(supports(then)), List.of(since));

        assertThat(standing.status()).isEqualTo(FigureStatus.SUPERSEDED);
        assertThat(standing.newest()).isEqualTo(since);
    }

    @Test
    void aNewerHigherTollFromTheSameOriginSupersedesAFigureThatStatesOnlyItsFloor() {
        // walker F29: "au moins 2 012 morts selon le ministère", the ministry's 2 012, then its 2 946
        CheckedFigure atLeast2012 = figure("au moins 2 012", StatedValue.of(Qualifier.AT_LEAST, "2012"),
                FIGHTERS_KILLED, SOHR);
        StatedAssertion then = said(SOHR, 23, exact("2012"), FIGHTERS_KILLED, "2 012");
        StatedAssertion since = said(SOHR, 26, exact("2946"), FIGHTERS_KILLED, "2 946");

        FigureStanding standing = engine.assess(atLeast2012, List.of(supports(then)), List.of(since));

        assertThat(standing.status()).isEqualTo(FigureStatus.SUPERSEDED);
        assertThat(standing.newest()).isEqualTo(since);
    }

    @Test
    void theSameFloorRepeatedLaterDoesNotSupersede() {
        CheckedFigure atLeast2012 = figure("au moins 2 012", StatedValue.of(Qualifier.AT_LEAST, "2012"),
                FIGHTERS_KILLED, SOHR);
        StatedAssertion then = said(SOHR, 23, exact("2012"), FIGHTERS_KILLED, "2 012");
        StatedAssertion again = said(SOHR, 26, StatedValue.of(Qualifier.AT_LEAST, "2012"), FIGHTERS_KILLED,
                "au moins 2 012");

        FigureStanding standing = engine.assess(atLeast2012, List.of(supports(then)), List.of(again));

        assertThat(standing.status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
    }

    @Test
    void aNewerValueThatStillAgreesDoesNotSupersede() {
        StatedAssertion then = said(SOHR, 23, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion since = said(SOHR, 26, exact("262"), FIGHTERS_KILLED, "262");

        FigureStanding standing = engine.assess(environ260, List.of(supports(then)), List.of(since));

        assertThat(standing.status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
    }

    @Test
    void aNewerValueFromAnotherOriginDoesNotSupersede() {
        StatedAssertion then = said(SOHR, 23, exact("258"), FIGHTERS_KILLED, "258");
        StatedAssertion other = said(OCHA, 26, exact("312"), FIGHTERS_KILLED, "312");

        FigureStanding standing = engine.assess(environ260, List.of(supports(then)), List.of(other));

        assertThat(standing.status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
    }

    @Test
    void aNewerTollFromTheNamedSourceSupersedesAnUnsupportedFigure() {
        StatedAssertion since = said(SOHR, 26, exact("312"), FIGHTERS_KILLED, "312");

        FigureStanding standing = engine.assess(environ260, List.of(), List.of(since));

        assertThat(standing.status()).isEqualTo(FigureStatus.SUPERSEDED);
    }

    @Test
    void anEarlierLowerTollFromAnotherOriginIsHistoryNotAContradiction() {
        CheckedFigure quarantaine = figure("une quarantaine de villages", StatedValue.roundNumberWord("40"),
                VILLAGES_TAKEN, SOHR);
        StatedAssertion rfi = said(RFI, 22, exact("15"), VILLAGES_TAKEN, "quinze");

        FigureStanding standing = assess(quarantaine, context(rfi));

        assertThat(standing.earlier()).containsExactly(rfi);
        assertThat(standing.status()).isEqualTo(FigureStatus.UNSUPPORTED);
    }

    @Test
    void anEarlierTollLinkedAsContradictionIsStillHistoryAndWarns() {
        StatedAssertion earlier = said(SOHR, 22, moreThan("170"), FIGHTERS_KILLED, "plus de 170 morts");

        FigureStanding standing = assess(environ260, contradicts(earlier));

        assertThat(standing.status()).isEqualTo(FigureStatus.UNSUPPORTED);
        assertThat(standing.warningCodes()).containsExactly(WarningCode.HISTORY_LINKED_AS_EVIDENCE);
    }

    @Test
    void aLowerValuePublishedAfterTheStoryIsNotHistory() {
        StatedAssertion later = said(OCHA, 26, exact("150"), FIGHTERS_KILLED, "150");

        assertThat(assess(environ260, contradicts(later)).earlier()).isEmpty();
    }

    @Test
    void anEarlierDifferentShareIsAContradictionBecauseSharesDoNotOnlyRise() {
        CheckedFigure moreThan70 = figure("plus de 70%", moreThan("70").withUnit("%"), TERRITORY_HELD, null);
        StatedAssertion nearly70 = relayed(LA_CROIX, AFP, 20, nearly("70").withUnit("%"), TERRITORY_HELD, "près de 70%");

        FigureStanding standing = assess(moreThan70, contradicts(nearly70));

        assertThat(standing.status()).isEqualTo(FigureStatus.CONTESTED);
        assertThat(standing.earlier()).isEmpty();
    }

    @Test
    void theLedgerAddsHistoryButNeverSupport() {
        StatedAssertion earlier = said(SOHR, 21, moreThan("80"), FIGHTERS_KILLED, "plus de 80");
        StatedAssertion agreeing = said(OCHA, 24, exact("258"), FIGHTERS_KILLED, "258");

        FigureStanding standing = engine.assess(environ260, List.of(), List.of(earlier, agreeing));

        assertThat(standing.earlier()).containsExactly(earlier);
        assertThat(standing.status()).isEqualTo(FigureStatus.UNSUPPORTED);
    }

    @Test
    void theNewestValueComesFromTheFiguresOrigin() {
        StatedAssertion sohr = said(SOHR, 22, moreThan("170"), FIGHTERS_KILLED, "plus de 170");
        StatedAssertion ocha = said(OCHA, 23, moreThan("100"), FIGHTERS_KILLED, "plus de 100");

        FigureStanding standing = engine.assess(environ260, List.of(), List.of(sohr, ocha));

        assertThat(standing.newest()).isEqualTo(sohr);
    }

    @Test
    void aCumulativeMeasureIsOneThatOnlyRises() {
        assertThat(ComparedMeasure.of(QuantityKind.DEATHS, "x").cumulative()).isTrue();
        assertThat(ComparedMeasure.of(QuantityKind.SHARE, "x").cumulative()).isFalse();
    }
}
