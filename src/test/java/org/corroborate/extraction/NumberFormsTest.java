package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Number forms read by the extractor, one form per test. */
class NumberFormsTest {

    private static final FigureExtractor X = new FigureExtractor();

    private static ExtractedFigure only(String text, Locale l) {
        List<ExtractedFigure> f = X.extract(text, l).figures();
        assertEquals(1, f.size(), () -> f.toString());
        return f.get(0);
    }

    private static void assertLow(String expected, ExtractedFigure f) {
        assertEquals(0, new BigDecimal(expected).compareTo(f.low()), f::toString);
    }

    @Test
    void readsFrenchApostropheGrouping() {
        assertLow("370000", only("plus de 370'000 morts", Locale.FRENCH));
    }

    @Test
    void readsCurlyApostropheGrouping() {
        assertLow("370000", only("plus de 370’000 morts", Locale.FRENCH));
    }

    @Test
    void readsNarrowNoBreakSpaceGrouping() {
        assertLow("370000", only("plus de 370\u202F000 morts", Locale.FRENCH));
    }

    @Test
    void readsNoBreakSpaceGrouping() {
        assertLow("370000", only("plus de 370\u00A0000 morts", Locale.FRENCH));
    }

    @Test
    void readsDotGroupingInFrench() {
        assertLow("370000", only("370.000 morts", Locale.FRENCH));
    }

    @Test
    void readsFrenchDecimalMillion() {
        assertLow("1500000", only("1,5 million de déplacés", Locale.FRENCH));
    }

    @Test
    void readsEnglishDecimalBillion() {
        assertLow("1500000000", only("1.5 billion dollars", Locale.ENGLISH));
    }

    @Test
    void readsMilliards() {
        assertLow("2000000000", only("2 milliards d'euros", Locale.FRENCH));
    }

    @Test
    void readsFrenchNumberWords() {
        assertLow("390", only("trois cent quatre-vingt-dix civils", Locale.FRENCH));
    }

    @Test
    void readsSoixanteEtOnze() {
        assertLow("71", only("soixante et onze morts", Locale.FRENCH));
    }

    @Test
    void readsEnglishHundredAndFive() {
        assertLow("105", only("one hundred and five people", Locale.ENGLISH));
    }

    @Test
    void readsArabicIndicDigits() {
        assertLow("370", only("٣٧٠ people", Locale.ENGLISH));
    }

    @Test
    void readsArabicThousandsSeparatorAndDecimalMarkInEitherLanguage() {
        // "370٬000" as a Syrian or Yemeni outlet writes it, quoted in an English or a French story
        assertLow("370000", only("at least ٣٧٠٬٠٠٠ people", Locale.ENGLISH));
        assertLow("370000", only("au moins ٣٧٠٬٠٠٠ personnes", Locale.FRENCH));
        assertLow("1250000", only("some ١٬٢٥٠٬٠٠٠ displaced", Locale.ENGLISH));
        assertLow("2500000", only("٢٫٥ million people", Locale.ENGLISH));
        assertLow("12.75", only("un taux de ١٢٫٧٥ %", Locale.FRENCH));
    }

    @Test
    void readsPersianDigits() {
        assertLow("370", only("۳۷۰ people", Locale.ENGLISH));
    }

    @Test
    void normalisesSquareKilometresWritten() {
        assertEquals("km2", only("320 kilomètres carrés", Locale.FRENCH).unit());
    }

    @Test
    void normalisesSquareKilometresSuperscript() {
        assertEquals("km2", only("320 km²", Locale.FRENCH).unit());
    }

    @Test
    void readsPourCentAsShare() {
        ExtractedFigure f = only("70 pour cent du territoire", Locale.FRENCH);
        assertEquals("%", f.unit());
        assertEquals(QuantityKind.SHARE, f.kind());
    }

    @Test
    void readsVagueThousandsAsTwoThousandOpen() {
        ExtractedFigure f = only("Thousands of people fled", Locale.ENGLISH);
        assertEquals(Qualifier.VAGUE, f.qualifier());
        assertLow("2000", f);
    }

    @Test
    void readsBetweenAsRangeWithMidpoint() {
        ExtractedFigure f = only("between 15 and 20 km", Locale.ENGLISH);
        assertEquals(Qualifier.RANGE, f.qualifier());
        assertEquals(0, new BigDecimal("17.5").compareTo(f.point()));
    }

    @Test
    void ignoresYearsDatesAndReportNumbers() {
        assertTrue(X.extract("On 24 December 2019, situation report no. 3 was issued at 10:30.", Locale.ENGLISH)
                .figures().isEmpty());
    }

    @Test
    void readsWithin48HoursAsPeriodNotFigure() {
        ExtractedFigure f = only("15 villages were captured within 48 hours", Locale.ENGLISH);
        assertEquals("within 48 hours", f.period().text());
    }

    @Test
    void splitsSentencesAfterKm2ButNotAfterAbbreviations() {
        SentenceBounds s = SentenceSplitter.split("Ils ont repris 320 km2. M. Dupont et Brig. Gen. Ali ont 1.5 km. Fin");
        assertEquals(3, s.size());
    }
}
