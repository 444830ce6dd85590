package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.corroborate.extraction.Qualifier;
import org.junit.jupiter.api.Test;

class IntervalReaderTest {

    private final IntervalReader reader = IntervalReader.withDefaults();

    private String read(StatedValue v) {
        return reader.read(v).toString();
    }

    @Test
    void seventyPercentIsReadAtThePrecisionItShows() {
        assertThat(read(StatedValue.exact("70"))).isEqualTo("[65, 75)");
    }

    @Test
    void twoHundredSixtyIsReadAtThePrecisionItShows() {
        assertThat(read(StatedValue.exact("260"))).isEqualTo("[255, 265)");
    }

    @Test
    void threeHundredSeventyThousandIsReadToTheNearestTenThousand() {
        assertThat(read(StatedValue.exact("370000"))).isEqualTo("[365000, 375000)");
    }

    @Test
    void oneHundredTenIsReadToTheNearestTen() {
        assertThat(read(StatedValue.exact("110"))).isEqualTo("[105, 115)");
    }

    @Test
    void oneHundredFortyEightStaysExact() {
        assertThat(read(StatedValue.exact("148"))).isEqualTo("[148, 148]");
    }

    @Test
    void oneAndAHalfMillionIsReadToTheNearestHundredThousand() {
        assertThat(read(StatedValue.exact("1500000"))).isEqualTo("[1450000, 1550000)");
    }

    @Test
    void aRoundHundredIsCappedAtTenPercent() {
        assertThat(read(StatedValue.exact("100"))).isEqualTo("[90, 110)");
    }

    @Test
    void environTwoHundredSixtyIsFivePercentEitherSide() {
        assertThat(read(StatedValue.of(Qualifier.APPROXIMATE, "260"))).isEqualTo("[247, 273]");
    }

    @Test
    void nearlySeventyIsJustUnderSeventy() {
        assertThat(read(StatedValue.of(Qualifier.NEARLY, "70"))).isEqualTo("[66.5, 70]");
    }

    @Test
    void moreThanSeventyExcludesSeventy() {
        assertThat(read(StatedValue.of(Qualifier.MORE_THAN, "70"))).isEqualTo("(70, ∞)");
    }

    @Test
    void atLeastEightIncludesEight() {
        assertThat(read(StatedValue.of(Qualifier.AT_LEAST, "8"))).isEqualTo("[8, ∞)");
    }

    @Test
    void lessThanTwentyExcludesTwenty() {
        assertThat(read(StatedValue.of(Qualifier.LESS_THAN, "20"))).isEqualTo("(-∞, 20)");
    }

    @Test
    void upToSixtyThousandIncludesSixtyThousand() {
        assertThat(read(StatedValue.of(Qualifier.AT_MOST, "60000"))).isEqualTo("(-∞, 60000]");
    }

    @Test
    void fifteenToTwentyIsReadAsStated() {
        assertThat(read(StatedValue.range("15", "20"))).isEqualTo("[15, 20]");
    }

    @Test
    void uneQuarantaineSpansThirtyFiveToFortyFive() {
        assertThat(read(StatedValue.roundNumberWord("40"))).isEqualTo("[35, 45]");
    }

    @Test
    void aDozenSpansTenToFourteen() {
        assertThat(read(StatedValue.roundNumberWord("12"))).isEqualTo("[10, 14]");
    }

    @Test
    void uneCentaineSpansEightyToOneHundredTwenty() {
        assertThat(read(StatedValue.roundNumberWord("100"))).isEqualTo("[80, 120]");
    }

    @Test
    void desMillionsIsWidenedDownwardByTheVagueTolerance() {
        assertThat(read(StatedValue.of(Qualifier.VAGUE, "2000000"))).isEqualTo("[1600000, ∞)");
    }

    @Test
    void anAdminCanWidenTheApproximateTolerance() {
        IntervalReader wider = new IntervalReader(Tolerances.defaults().withApproximate(new BigDecimal("0.10")));

        assertThat(wider.read(StatedValue.of(Qualifier.APPROXIMATE, "260")).toString()).isEqualTo("[234, 286]");
    }

    @Test
    void anAdminCanWidenTheNearlyTolerance() {
        IntervalReader wider = new IntervalReader(Tolerances.defaults().withNearly(new BigDecimal("0.10")));

        assertThat(wider.read(StatedValue.of(Qualifier.NEARLY, "70")).toString()).isEqualTo("[63, 70]");
    }

    @Test
    void aToleranceMustBeAShare() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tolerances.defaults().withApproximate(new BigDecimal("1.5")));
    }
}
