package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** Any input yields a well-formed result: offsets in bounds, quotes matching, spans ordered. */
class RobustnessPropertiesTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static void assertWellFormed(String text, Extraction x) {
        int lastEnd = 0;
        for (ExtractedFigure f : x.figures()) {
            assertTrue(f.start() >= lastEnd && f.start() < f.end() && f.end() <= text.length(), f::toString);
            assertEquals(text.substring(f.start(), f.end()), f.quote());
            if (f.period() != null) {
                assertEquals(text.substring(f.period().start(), f.period().end()), f.period().text());
            }
            if (f.attribution() != null) {
                assertEquals(text.substring(f.attribution().start(), f.attribution().end()), f.attribution().mention());
            }
            lastEnd = f.end();
        }
    }

    @Provide
    Arbitrary<String> newsish() {
        Arbitrary<String> pieces = Arbitraries.of("plus de", "370'000", "370 000", "370\u202F000", "1,5", "1.5",
                "million", "des millions de", "une quarantaine", "de", "15", "à", "20", "km2", "km²", "%", "selon",
                "l'OSDH", "said", "between", "and", "-", "–", ".", ",", "'", "quatre-vingt-dix", "twenty-one",
                "hundred", "and a half", "٣٧٠", "۳۷۰", "\uD800", "\uDC00", "½", "1/2", "^", "e", "10^", "x", "M.",
                "Dr.", "no.", "3", "\n", " ", "  ", "depuis le 16 décembre", "En cinq jours", "environ", "about");
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void neverFailsOnNewsLikeFragments(@ForAll("newsish") String text) {
        assertWellFormed(text, EXTRACTOR.extract(text));
        assertWellFormed(text, EXTRACTOR.extract(text, Locale.ENGLISH));
    }

    @Property(tries = 300)
    void neverFailsOnArbitraryStrings(@ForAll String text) {
        assertWellFormed(text, EXTRACTOR.extract(text, Locale.FRENCH));
    }

    @Property(tries = 100)
    void neverFailsOnArbitraryCharsIncludingSurrogates(@ForAll("anyChars") String text) {
        assertWellFormed(text, EXTRACTOR.extract(text));
    }

    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Example
    void rejectsNullWithIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> EXTRACTOR.extract(null));
    }

    @Example
    void returnsNoFiguresForEmptyText() {
        assertTrue(EXTRACTOR.extract("").figures().isEmpty());
    }

    @Example
    void readsTenMegabytesOfDigitsAndSeparatorsAsTenTimesOneMegabyte() {
        // Ten megabytes of number-like noise end well (no overflow, no lost or invented tokens): the large
        // text yields exactly ten times the small one's figures. Whether its cost stays linear is measured,
        // not asserted here: the JMH benchmark times 1 MB and 10 MB in one run (docs/benchmarks.md).
        String unit = "1,2.3 4'5 ";
        String small = unit.repeat(100_000);
        String large = unit.repeat(1_000_000);
        Extraction xs = EXTRACTOR.extract(small, Locale.ENGLISH);
        Extraction xl = EXTRACTOR.extract(large, Locale.ENGLISH);
        assertWellFormed(small, xs);
        assertWellFormed(large, xl);
        assertTrue(!xs.figures().isEmpty(), "no figure read in the small text");
        assertEquals(10L * xs.figures().size(), xl.figures().size());
    }
}
