package org.corroborate.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureRow;
import org.junit.jupiter.api.Test;

/** The small rules of the exports: the sentence quoted, the best value, the rating scale. */
class ExportRulesTest {

    private static final String TEXT = """
            Idleb : Ankara négocie.
            En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH. Le régime contrôle plus de 70% du territoire.""";

    @Test
    void theSentenceAroundAFigureRunsFromTheLastFullStopToTheNext() {
        int start = TEXT.indexOf("environ 260 morts");

        assertThat(Sentences.around(TEXT, start, start + "environ 260 morts".length()))
                .isEqualTo("En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH.");
    }

    @Test
    void theLastSentenceOfATextEndsWithIt() {
        int start = TEXT.indexOf("plus de 70%");

        assertThat(Sentences.around(TEXT, start, start + 11)).isEqualTo("Le régime contrôle plus de 70% du territoire.");
    }

    @Test
    void theBestValueOfARangeIsItsMiddleAndOfAnOpenFigureItsStatedBound() {
        assertThat(BestValue.of(row(Qualifier.RANGE, "15", "20"))).isEqualByComparingTo("17.5");
        assertThat(BestValue.of(row(Qualifier.MORE_THAN, "370000", null))).isEqualByComparingTo("370000");
        assertThat(BestValue.of(row(Qualifier.AT_MOST, null, "60000"))).isEqualByComparingTo("60000");
        assertThat(BestValue.of(row(Qualifier.APPROXIMATE, "260", "260"))).isEqualByComparingTo("260");
    }

    @Test
    void credibilityOneIsTheBestRatingAndSixTheWorst() {
        assertThat(ClaimReviews.ratingValue(1)).isEqualTo(ClaimReviews.BEST_RATING);
        assertThat(ClaimReviews.ratingValue(6)).isEqualTo(ClaimReviews.WORST_RATING);
        assertThat(ClaimReviews.ratingValue(3)).isEqualTo(3);
    }

    private static FigureRow row(Qualifier qualifier, String low, String high) {
        return new FigureRow(1L, 0, 1, "x", qualifier, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), null, "x", QuantityKind.DEATHS, null, null, null, false);
    }
}
