package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.corroborate.extraction.Qualifier;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private final IntervalReader reader = IntervalReader.withDefaults();

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void nearlySeventyContradictsMoreThanSeventy() {
        Interval nearly = reader.read(StatedValue.of(Qualifier.NEARLY, "70"));
        Interval moreThan = reader.read(StatedValue.of(Qualifier.MORE_THAN, "70"));

        assertThat(nearly.overlaps(moreThan)).isFalse();
    }

    @Test
    void seventyAgreesWithMoreThanSeventy() {
        Interval seventy = reader.read(StatedValue.exact("70"));
        Interval moreThan = reader.read(StatedValue.of(Qualifier.MORE_THAN, "70"));

        assertThat(seventy.overlaps(moreThan)).isTrue();
    }

    @Test
    void environTwoHundredSixtyAgreesWithTwoHundredFiftyEight() {
        assertThat(reader.read(StatedValue.of(Qualifier.APPROXIMATE, "260")).overlaps(Interval.point(n("258")))).isTrue();
    }

    @Test
    void exactValuesAgreeOnlyWhenEqual() {
        assertThat(Interval.point(n("148")).overlaps(Interval.point(n("148")))).isTrue();
        assertThat(Interval.point(n("148")).overlaps(Interval.point(n("147")))).isFalse();
    }

    @Test
    void closedEndsThatTouchOverlap() {
        assertThat(Interval.closed(n("1"), n("2")).overlaps(Interval.closed(n("2"), n("3")))).isTrue();
    }

    @Test
    void anOpenEndThatTouchesDoesNotOverlap() {
        Interval seventy = new Interval(n("65"), true, n("75"), false);

        assertThat(seventy.overlaps(Interval.closed(n("75"), n("80")))).isFalse();
    }

    @Test
    void unboundedIntervalsInOppositeDirectionsOverlapWhenTheyCross() {
        Interval atLeastTen = new Interval(n("10"), true, null, false);
        Interval underTwenty = new Interval(null, false, n("20"), false);

        assertThat(atLeastTen.overlaps(underTwenty)).isTrue();
    }

    @Test
    void anIntervalEntirelyBelowAnotherIsRecognised() {
        assertThat(Interval.point(n("170")).entirelyBelow(Interval.closed(n("247"), n("273")))).isTrue();
        assertThat(Interval.point(n("250")).entirelyBelow(Interval.closed(n("247"), n("273")))).isFalse();
    }

    @Test
    void partsAddBoundByBound() {
        Interval sum = new Interval(n("105"), true, n("115"), false).plus(Interval.point(n("148")));

        assertThat(sum).hasToString("[253, 263)");
    }

    @Test
    void anEmptyIntervalIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Interval(n("5"), true, n("5"), false));
    }
}
