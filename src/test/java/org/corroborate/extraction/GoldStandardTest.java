package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed story and the 47 demo report assertions, from a copy in test resources. */
class GoldStandardTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();
    private static JsonNode demo;
    private static String seed;

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldStandardTest.class.getResourceAsStream("/extraction/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void load() throws IOException {
        demo = JsonMapper.builder().build().readTree(resource("idleb-2019-12.json"));
        seed = resource("idleb-2019-12-fr.txt");
    }

    private static ExtractedFigure seedFigure(String quote) {
        Extraction x = EXTRACTOR.extract(seed, Locale.FRENCH);
        for (JsonNode g : demo.get("story").get("figures")) {
            if (g.get("quote").asString().equals(quote)) {
                return Gold.find(x.figures(), seed, g);
            }
        }
        throw new IllegalArgumentException(quote);
    }

    @Test
    void findsExactlyTheNineSeedFigures() {
        Extraction x = EXTRACTOR.extract(seed, Locale.FRENCH);
        List<String> missing = Gold.missing(x.figures(), seed, demo.get("story").get("figures"));
        assertTrue(missing.isEmpty(), "missing " + missing + " in " + x.figures());
        assertEquals(9, x.figures().size(), () -> "extra figures: " + x.figures());
    }

    @Test
    void detectsFrenchForTheSeedStory() {
        assertEquals(Locale.FRENCH, EXTRACTOR.extract(seed).language());
    }

    @Test
    void attributesTheTollsToTheObservatory() {
        for (String q : List.of("environ 260 morts", "110 membres des forces prorégime", "148 jihadistes et rebelles")) {
            ExtractedFigure f = seedFigure(q);
            assertNotNull(f.attribution(), q);
            assertEquals("l'OSDH", f.attribution().mention(), q);
        }
    }

    @Test
    void attributesTheVillagesToTheObservatoryWithItsVerb() {
        ExtractedFigure f = seedFigure("une quarantaine de villages");
        assertEquals("l'OSDH", f.attribution().mention());
        assertEquals("a précisé", f.attribution().cue());
    }

    @Test
    void attributesTheAreaToTheArmy() {
        ExtractedFigure f = seedFigure("320 km2");
        assertEquals("L'armée syrienne", f.attribution().mention());
        assertEquals("a affirmé", f.attribution().cue());
    }

    @Test
    void givesTheTollItsFiveDayPeriod() {
        assertEquals("En cinq jours", seedFigure("environ 260 morts").period().text());
    }

    @Test
    void givesTheWarTollThePeriodSince2011() {
        assertEquals("en 2011", seedFigure("plus de 370'000 morts").period().text());
    }

    @Test
    void findsAllFortySevenReportAssertions() {
        List<String> missing = new ArrayList<>();
        int count = 0;
        for (JsonNode r : demo.get("reports")) {
            String text = r.get("text").asString();
            Locale l = r.get("language").asString().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
            Extraction x = EXTRACTOR.extract(text, l);
            count += r.get("assertions").size();
            for (String m : Gold.missing(x.figures(), text, r.get("assertions"))) {
                missing.add(r.get("id").asString() + ": " + m + "  got " + x.figures());
            }
        }
        assertEquals(47, count);
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}
