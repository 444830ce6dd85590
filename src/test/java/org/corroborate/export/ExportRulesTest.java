package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corroborate.evidence.FigurePanelData.EvidenceRow;
import org.corroborate.evidence.FigurePanelData.Role;
import org.corroborate.evidence.FigurePanelData.Standing;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Interval;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.extraction.Sentences;
import org.corroborate.figure.FigureRow;
import org.corroborate.review.Decision;
import org.corroborate.review.FigureReview;
import org.junit.jupiter.api.Test;

/** The small rules of the exports: the sentence quoted, the best value, the rating scale, defused CSV cells. */
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

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() {
        assertThat(FiguresCsv.cell("=HYPERLINK(\"https://evil.example\",\"260\")"))
                .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"260\")");
        assertThat(FiguresCsv.cell("+33 1 23 45")).isEqualTo("'+33 1 23 45");
        assertThat(FiguresCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(FiguresCsv.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(FiguresCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FiguresCsv.cell("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void plainNumbersAndOrdinaryTextAreWrittenAsTheyAre() {
        assertThat(FiguresCsv.cell("-3.5")).isEqualTo("-3.5");
        assertThat(FiguresCsv.cell("+7")).isEqualTo("+7");
        assertThat(FiguresCsv.cell(260)).isEqualTo("260");
        assertThat(FiguresCsv.cell("environ 260 morts")).isEqualTo("environ 260 morts");
        assertThat(FiguresCsv.cell("")).isEmpty();
        assertThat(FiguresCsv.cell(null)).isNull();
    }

    @Test
    void aFigureQuotedFromAHostileTextIsDefusedInTheCsvAndItsNegativeBoundIsNot() throws Exception {
        FigureRow figure = new FigureRow(1L, 0, 10, "=1+2 morts", Qualifier.RANGE, new BigDecimal("-5"),
                new BigDecimal("3"), "°C", "-5 à 3", QuantityKind.DEATHS, null, null, null, false);
        Standing standing = new Standing(FigureStatus.SINGLE_SOURCE, false, 3, List.of(), List.of(), false);
        EvidenceRow origin = new EvidenceRow(7L, 8L, "A report", "@Observatory", Instant.EPOCH, "x", "x",
                Relation.SUPPORTS, Role.SUPPORTING, "factchecker", Instant.EPOCH);
        FigureReview review = new FigureReview(1L, 2L, figure.quote(), figure.value(), Decision.REJECTED, null,
                "-- see the desk", "editor", Instant.EPOCH, null, figure.quote(), "factchecker", null, null);

        String csv = FiguresCsv.write(List.of(new ExportedFigure(figure,
                Interval.closed(figure.low(), figure.high()), standing, List.of(origin), "x", review)),
                false);

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().getFirst();
        assertThat(row.get("quote")).isEqualTo("'=1+2 morts");
        assertThat(row.get("origins")).isEqualTo("'@Observatory");
        assertThat(row.get("reason")).isEqualTo("'-- see the desk");
        assertThat(row.get("low")).isEqualTo("-5");
        assertThat(row.get("best")).isEqualTo("-1");
        assertThat(row.get("approval")).isEqualTo("rejected");
    }

    private static FigureRow row(Qualifier qualifier, String low, String high) {
        return new FigureRow(1L, 0, 1, "x", qualifier, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), null, "x", QuantityKind.DEATHS, null, null, null, false);
    }
}
