package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.AFP;
import static org.corroborate.evidence.domain.Fixtures.exact;
import static org.corroborate.evidence.domain.Fixtures.figure;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.util.List;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import org.junit.jupiter.api.Test;

/**
 * Within the kind <em>other</em>, a measured amount is no count of things (third walk, H9): "1.2 percentage points" was
 * proposed as contradicted by "two" parties, 11,400 tally sheets and 118 observers; « jusqu'à 70 km/h » as supported by
 * 10 planes and 36 houses; Conflicts filled with "newer value available" for « 40 °C » and « 5 km/h ». Amounts in the
 * same unit still compare, and counts without unit still compare with each other.
 */
class MeasuredAmountsTest {

    private static final SourceProfile PREFECTURE = new SourceProfile("prefecture", "Préfecture de l'Aude", false,
            Reliability.A);
    private static final ComparedMeasure OTHER = ComparedMeasure.of(QuantityKind.OTHER, null);

    private final EvidenceRanker ranker = EvidenceRanker.withDefaults();
    private final StatusEngine engine = StatusEngine.withDefaults();

    @Test
    void aMeasuredAmountIsOfferedOnlyAmountsInItsUnit() {
        CheckedFigure wind = figure("jusqu'à 70 km/h", exact("70").withUnit("km/h"), OTHER, PREFECTURE);
        StatedAssertion planes = said(AFP, 12, exact("10"), OTHER, "10");
        StatedAssertion houses = said(PREFECTURE, 12, exact("36"), OTHER, "36");
        StatedAssertion gusts = said(PREFECTURE, 12, exact("80").withUnit("km/h"), OTHER, "80 km/h");

        assertThat(ranker.rank(wind, List.of(planes, houses, gusts), 5))
                .extracting(s -> s.assertion().quote()).containsExactly("80 km/h");
    }

    @Test
    void aCountOfThingsIsNotOfferedMeasuredAmounts() {
        CheckedFigure parties = figure("two", exact("2"), OTHER, null);
        StatedAssertion margin = said(AFP, 12, exact("1.2").withUnit("pp"), OTHER, "1.2 percentage points");
        StatedAssertion sheets = said(AFP, 12, exact("2"), OTHER, "2");

        assertThat(ranker.rank(parties, List.of(margin, sheets), 5))
                .extracting(s -> s.assertion().quote()).containsExactly("2");
    }

    @Test
    void aTemperatureHasNoNewerValueInACountOfTheSameSource() {
        CheckedFigure heat = figure("40 °C", exact("40").withUnit("degC"), OTHER, PREFECTURE);
        StatedAssertion then = said(PREFECTURE, 11, exact("40").withUnit("degC"), OTHER, "40 °C");
        StatedAssertion houses = said(PREFECTURE, 13, exact("36"), OTHER, "36");

        FigureStanding standing = engine.assess(heat, List.of(EvidenceLink.supports(then)), List.of(houses));

        assertThat(standing.status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
        assertThat(standing.newestValue()).map(StatedAssertion::quote).contains("40 °C"); // not the houses' "36"
    }
}
