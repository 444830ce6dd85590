package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.AFP;
import static org.corroborate.evidence.domain.Fixtures.figure;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.math.BigDecimal;
import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.extraction.RoundNumberWords;
import org.junit.jupiter.api.Test;

/**
 * A share stated with a fraction word is read five points either way (third walk, H19): "nearly half" of voters
 * offered money was read [47.5, 50] and contested by the mission's own "47%", which a reader takes for nearly half.
 * "Nearly half" → [45, 50], "about half" → [45, 55], « près d'un tiers » → [28.3, 33.3]; numbers keep their tolerance.
 */
class FractionWordsTest {

    private final IntervalReader reader = IntervalReader.withDefaults();
    private static final ComparedMeasure OFFERED_MONEY = new ComparedMeasure(QuantityKind.SHARE, "voters offered money",
            null, null, "%");

    private static StatedValue share(Qualifier q, String value, String quote) {
        BigDecimal v = new BigDecimal(value);
        return new StatedValue(q, q == Qualifier.NEARLY ? null : v, v, "%", RoundNumberWords.in(quote));
    }

    @Test
    void fractionWordsAreToldFromNumbers() {
        assertThat(RoundNumberWords.in("nearly half")).isTrue();
        assertThat(RoundNumberWords.in("près d'un tiers")).isTrue();
        assertThat(RoundNumberWords.in("trois quarts")).isTrue();
        assertThat(RoundNumberWords.in("nearly 50%")).isFalse();
    }

    @Test
    void aFractionWordSpansFivePoints() {
        assertThat(reader.read(share(Qualifier.NEARLY, "50", "nearly half")).toString()).isEqualTo("[45, 50]");
        assertThat(reader.read(new StatedValue(Qualifier.APPROXIMATE, new BigDecimal("50"), new BigDecimal("50"), "%",
                RoundNumberWords.in("about half"))).toString()).isEqualTo("[45, 55]");
        assertThat(reader.read(share(Qualifier.NEARLY, "50", "nearly 50%")).toString()).isEqualTo("[47.5, 50]");
    }

    @Test
    void nearlyHalfIsSupportedByFortySevenPercent() {
        CheckedFigure nearlyHalf = figure("nearly half", share(Qualifier.NEARLY, "50", "nearly half"), OFFERED_MONEY, AFP);
        StatedAssertion mission = said(AFP, 12, StatedValue.exact("47").withUnit("%"), OFFERED_MONEY, "47%");

        FigureStanding standing = StatusEngine.withDefaults().assess(nearlyHalf, List.of(EvidenceLink.supports(mission)),
                List.of());

        assertThat(standing.status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
    }
}
