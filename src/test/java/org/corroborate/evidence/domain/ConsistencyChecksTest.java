package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.*;

import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.junit.jupiter.api.Test;

class ConsistencyChecksTest {

    private static final ComparedMeasure WAR_DEAD = new ComparedMeasure(QuantityKind.DEATHS, "morts de la guerre en Syrie", null,
            "depuis 2011", null);

    private final ConsistencyChecks checks = new ConsistencyChecks(IntervalReader.withDefaults());

    @Test
    void oneHundredTenAndOneHundredFortyEightFitEnviron260() {
        CheckedFigure whole = figure("environ 260", about("260"), FIGHTERS_KILLED, SOHR)
                .withParts(List.of(exact("110"), exact("148")));

        assertThat(checks.partsAgainstWhole(whole)).isEmpty();
    }

    @Test
    void thirtyEightAndTwentyThreeFitMoreThanSixty() {
        CheckedFigure whole = figure("plus de 60", moreThan("60"), FIGHTERS_KILLED, SOHR)
                .withParts(List.of(exact("38"), exact("23")));

        assertThat(checks.partsAgainstWhole(whole)).isEmpty();
    }

    @Test
    void partsAboveTheWholeWarn() {
        CheckedFigure whole = figure("environ 260", about("260"), FIGHTERS_KILLED, SOHR)
                .withParts(List.of(exact("150"), exact("148")));

        assertThat(checks.partsAgainstWhole(whole)).get().extracting(ConsistencyWarning::code)
                .isEqualTo(WarningCode.PARTS_EXCEED_WHOLE);
    }

    @Test
    void partsBelowTheWholeAreNormalForDont() {
        CheckedFigure whole = figure("environ 260", about("260"), FIGHTERS_KILLED, SOHR)
                .withParts(List.of(exact("110")));

        assertThat(checks.partsAgainstWhole(whole)).isEmpty();
    }

    @Test
    void aTollFromOneOriginThatGoesDownWarns() {
        CheckedFigure figure = figure("environ 260", about("260"), FIGHTERS_KILLED, null);
        StatedAssertion before = said(SOHR, 22, moreThan("170"), FIGHTERS_KILLED, "plus de 170");
        StatedAssertion after = said(SOHR, 23, exact("148"), FIGHTERS_KILLED, "148");

        assertThat(checks.tollsGoingDown(figure, List.of(before, after), List.of())).singleElement()
                .isEqualTo(new ConsistencyWarning.TollGoesDown(SOHR, "plus de 170", day(22), "148", day(23)));
    }

    @Test
    void aRisingTollDoesNotWarn() {
        CheckedFigure figure = figure("environ 260", about("260"), FIGHTERS_KILLED, null);
        StatedAssertion before = said(SOHR, 22, exact("148"), FIGHTERS_KILLED, "148");
        StatedAssertion after = said(SOHR, 23, moreThan("170"), FIGHTERS_KILLED, "plus de 170");

        assertThat(checks.tollsGoingDown(figure, List.of(before, after), List.of())).isEmpty();
    }

    @Test
    void tollsOfDifferentOriginsAreNotComparedForGoingDown() {
        CheckedFigure figure = figure("environ 260", about("260"), FIGHTERS_KILLED, null);
        StatedAssertion sohr = said(SOHR, 22, moreThan("170"), FIGHTERS_KILLED, "plus de 170");
        StatedAssertion ocha = said(OCHA, 23, exact("148"), FIGHTERS_KILLED, "148");

        assertThat(checks.tollsGoingDown(figure, List.of(sohr, ocha), List.of())).isEmpty();
    }

    @Test
    void aFigureBelowItsNamedSourcesEarlierTollWarns() {
        CheckedFigure figure = figure("environ 150", about("150"), FIGHTERS_KILLED, SOHR);
        StatedAssertion before = said(SOHR, 22, moreThan("170"), FIGHTERS_KILLED, "plus de 170");

        assertThat(checks.tollsGoingDown(figure, List.of(before), List.of())).extracting(ConsistencyWarning::code)
                .containsExactly(WarningCode.TOLL_GOES_DOWN);
    }

    // Walker F13 (Mozambique, Cyclone Idai): the story's "18,000" displaced, attributed to INGD.
    private static final SourceProfile INGD = new SourceProfile("ingd", "INGD", false, org.corroborate.source.Reliability.B);
    private static final ComparedMeasure SOFALA_DISPLACED = ComparedMeasure.of(QuantityKind.DISPLACED, "people");

    @Test
    void aFigureItsNamedSourcesReportStatesIsNotThatSourceSpeakingOnTheStorysDay() {
        CheckedFigure figure = figure("18,000", exact("18000"), SOFALA_DISPLACED, INGD);
        StatedAssertion first = said(INGD, 17, exact("17900"), SOFALA_DISPLACED, "17,900");
        StatedAssertion then = said(INGD, 18, nearly("20000"), SOFALA_DISPLACED, "nearly 20,000");
        StatedAssertion later = said(INGD, 22, exact("128000"), SOFALA_DISPLACED, "128,000");

        assertThat(checks.tollsGoingDown(figure, List.of(first, then, later), List.of(first))).isEmpty();
    }

    @Test
    void aFigureNoReportOfItsNamedSourceStatesIsComparedWithThatSourcesLatestToll() {
        CheckedFigure figure = figure("18,000", exact("18000"), SOFALA_DISPLACED, INGD);
        StatedAssertion then = said(INGD, 18, nearly("20000"), SOFALA_DISPLACED, "nearly 20,000");
        StatedAssertion later = said(INGD, 22, exact("128000"), SOFALA_DISPLACED, "128,000");

        assertThat(checks.tollsGoingDown(figure, List.of(then, later), List.of())).singleElement()
                .isEqualTo(new ConsistencyWarning.StoryBelowSourcesToll(INGD, "128,000", day(22), "18,000"));
    }

    @Test
    void aFigureAtItsNamedSourcesLatestTollDoesNotWarn() {
        CheckedFigure figure = figure("128,000", exact("128000"), SOFALA_DISPLACED, INGD);
        StatedAssertion then = said(INGD, 18, nearly("20000"), SOFALA_DISPLACED, "nearly 20,000");
        StatedAssertion later = said(INGD, 22, exact("128000"), SOFALA_DISPLACED, "128,000");

        assertThat(checks.tollsGoingDown(figure, List.of(then, later), List.of())).isEmpty();
    }

    @Test
    void aShareOverOneHundredPercentWarns() {
        CheckedFigure figure = figure("120%", exact("120").withUnit("%"), TERRITORY_HELD, null);

        assertThat(checks.shareOver100(figure)).get().extracting(ConsistencyWarning::code)
                .isEqualTo(WarningCode.SHARE_OVER_100);
    }

    @Test
    void aShareOfSeventyPercentDoesNotWarn() {
        CheckedFigure figure = figure("plus de 70%", moreThan("70").withUnit("%"), TERRITORY_HELD, null);

        assertThat(checks.shareOver100(figure)).isEmpty();
    }

    @Test
    void squareKilometresForDeathsWarn() {
        CheckedFigure figure = figure("320 km2", exact("320").withUnit("km²"), FIGHTERS_KILLED, null);

        assertThat(checks.unitFits(figure)).contains(new ConsistencyWarning.UnitDoesNotFit("km²", QuantityKind.DEATHS));
    }

    @Test
    void squareKilometresForAreaFit() {
        CheckedFigure figure = figure("320 km2", exact("320").withUnit("kilomètres carrés"),
                ComparedMeasure.of(QuantityKind.AREA, "territoire repris"), ARMY);

        assertThat(checks.unitFits(figure)).isEmpty();
    }

    @Test
    void moreThan370000NeedsASupportOfAtLeast370000() {
        CheckedFigure figure = figure("plus de 370'000 morts", moreThan("370000"), WAR_DEAD, null);
        StatedAssertion about = said(RFI, 27, about("370000"), WAR_DEAD, "environ 370 000");

        assertThat(checks.qualifierCarried(figure, List.of(about))).get().extracting(ConsistencyWarning::code)
                .isEqualTo(WarningCode.QUALIFIER_NOT_CARRIED);
    }

    @Test
    void moreThan370000IsCarriedByMoreThan370000() {
        CheckedFigure figure = figure("plus de 370'000 morts", moreThan("370000"), WAR_DEAD, null);
        StatedAssertion rfi = said(RFI, 27, moreThan("370000"), WAR_DEAD, "plus de 370 000 morts");

        assertThat(checks.qualifierCarried(figure, List.of(rfi))).isEmpty();
    }

    @Test
    void lessThanTwentyNeedsASupportOfAtMostTwenty() {
        ComparedMeasure distance = ComparedMeasure.of(QuantityKind.DISTANCE, "distance de Maaret al-Noomane");
        CheckedFigure figure = figure("moins de 20 km", StatedValue.of(Qualifier.LESS_THAN, "20"), distance, null);
        StatedAssertion rfi = said(RFI, 22, StatedValue.of(Qualifier.LESS_THAN, "25"), distance, "moins de 25 km");

        assertThat(checks.qualifierCarried(figure, List.of(rfi))).isPresent();
    }

    @Test
    void anAttributionTheSupportDoesNotCarryWarns() {
        CheckedFigure figure = figure("une quarantaine de villages", StatedValue.roundNumberWord("40"), VILLAGES_TAKEN, SOHR);
        StatedAssertion army = said(ARMY, 24, moreThan("40"), VILLAGES_TAKEN, "plus de 40");

        assertThat(checks.attributionCarried(figure, List.of(army)))
                .contains(new ConsistencyWarning.AttributionNotCarried(SOHR, List.of(ARMY)));
    }

    @Test
    void anAttributionToTheRelayingAgencyIsCarried() {
        CheckedFigure figure = figure("environ 260, selon l'AFP", about("260"), FIGHTERS_KILLED, AFP);
        StatedAssertion afpCitingSohr = relayed(AFP, SOHR, 24, exact("258"), FIGHTERS_KILLED, "258");

        assertThat(checks.attributionCarried(figure, List.of(afpCitingSohr))).isEmpty();
    }
}
