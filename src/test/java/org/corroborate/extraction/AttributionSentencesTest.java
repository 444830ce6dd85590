package org.corroborate.extraction;

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

/**
 * News sentences in French and English (src/test/resources/extraction/attribution-sentences.jsonl) about floods,
 * earthquakes, cyclones, epidemics and attacks, written in the shapes the new-user walk found missing (F1, F2, F6,
 * F30, F3, F33): "the agency (ACRONYM) said", "put the number at", "according to figures released by", "a fait état
 * de", "a annoncé lundi le ministère", a clause's source kept to its clause, people affected, buildings and sites.
 * Each figure's attribution is the mention as written ({@code null}: none) and its kind, where given.
 */
class AttributionSentencesTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();
    private static List<JsonNode> sentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AttributionSentencesTest.class.getResourceAsStream("/extraction/attribution-sentences.jsonl")) {
            JsonMapper mapper = JsonMapper.builder().build();
            sentences = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(mapper::readTree).toList();
        }
    }

    @Test
    void coversBothLanguagesWithRealNewsSentences() {
        long french = sentences.stream().filter(s -> s.get("lang").asString().equals("fr")).count();
        assertTrue(sentences.size() >= 40 && french >= 20 && sentences.size() - french >= 20,
                "sentences: " + sentences.size() + ", French: " + french);
    }

    @Test
    void attributesEveryFigureToTheSourceItsClauseNames() {
        List<String> misses = check(true);
        assertTrue(misses.isEmpty(), misses.size() + " wrong attributions:\n" + String.join("\n", misses));
    }

    @Test
    void readsWhatEachFigureCounts() {
        List<String> misses = check(false);
        assertTrue(misses.isEmpty(), misses.size() + " wrong kinds:\n" + String.join("\n", misses));
    }

    private static List<String> check(boolean attributions) {
        List<String> misses = new ArrayList<>();
        for (JsonNode s : sentences) {
            String text = s.get("text").asString();
            Locale lang = s.get("lang").asString().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
            List<ExtractedFigure> found = EXTRACTOR.extract(text, lang).figures();
            for (JsonNode g : s.get("figures")) {
                ExtractedFigure f = matching(found, text, g);
                if (f == null) {
                    misses.add(text + "\n    no figure " + g + " in " + found);
                } else if (attributions) {
                    JsonNode want = g.get("attribution");
                    String expected = want == null || want.isNull() ? null : want.asString();
                    String got = f.attribution() == null ? null : f.attribution().mention();
                    if (!java.util.Objects.equals(expected, got)) {
                        misses.add(text + "\n    " + f.quote() + ": attributed to " + got + ", expected " + expected);
                    }
                } else if (g.get("kind") != null && f.kind() != QuantityKind.fromLabel(g.get("kind").asString())) {
                    misses.add(text + "\n    " + f.quote() + ": " + f.kind().label() + ", expected " + g.get("kind").asString());
                }
            }
        }
        return misses;
    }

    /** The found figure over the quote with the same qualifier and numbers (its kind is checked apart). */
    private static ExtractedFigure matching(List<ExtractedFigure> found, String text, JsonNode g) {
        int qs = text.indexOf(g.get("quote").asString());
        int qe = qs + g.get("quote").asString().length();
        for (ExtractedFigure f : found) {
            if (qs >= 0 && f.start() < qe && qs < f.end()
                    && f.qualifier() == Qualifier.fromLabel(g.get("qualifier").asString())
                    && Gold.eq(f.low(), Gold.dec(g.get("low"))) && Gold.eq(f.high(), Gold.dec(g.get("high")))) {
                return f;
            }
        }
        return null;
    }
}
