package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the engine on ../shared/corpus/news-probes.jsonl (issue 11): a figure is right when a found
 * figure overlaps its quote with the same qualifier, low and high; a sentence is right when all its
 * figures are right and nothing else is found (ages, article numbers, clock times and dates are not
 * figures). Thresholds: every figure right, no extra figure, kind right on at least 90%.
 */
@Tag("corpus")
class NewsProbesTest {

    @Test
    void readsEveryNewsProbeRight() throws IOException {
        Path file = Path.of(System.getProperty("corroborate.shared", "../shared")).toAbsolutePath().normalize()
                .resolve("corpus/news-probes.jsonl");
        if (!Files.isRegularFile(file)) {
            fail("news probes not found at " + file + ": the corpus profile needs ../shared beside the project");
        }
        JsonMapper mapper = JsonMapper.builder().build();
        FigureExtractor x = new FigureExtractor();
        int figures = 0;
        int right = 0;
        int kinds = 0;
        int extras = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode probe = mapper.readTree(line);
            String text = probe.get("text").asString();
            Locale lang = probe.get("lang").asString().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
            List<ExtractedFigure> found = new ArrayList<>(x.extract(text, lang).figures());
            for (JsonNode g : probe.get("figures")) {
                figures++;
                ExtractedFigure f = matching(found, text, g);
                if (f == null) {
                    misses.add(text + "\n    expected " + g + "\n    found    " + found);
                    continue;
                }
                right++;
                found.remove(f);
                JsonNode kind = g.get("kind");
                if (kind == null || kind.isNull() || f.kind() == QuantityKind.fromLabel(kind.asString())) {
                    kinds++;
                } else {
                    misses.add(text + "\n    kind " + f.kind() + " instead of " + kind.asString());
                }
            }
            if (!found.isEmpty()) {
                extras += found.size();
                misses.add(text + "\n    not a figure: " + found);
            }
        }
        System.out.printf(Locale.ROOT, "News probes: %d/%d figures right, kind right %d/%d, %d extra figures%n",
                right, figures, kinds, figures, extras);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(right == figures && extras == 0 && kinds * 10 >= figures * 9,
                right + "/" + figures + " right, " + kinds + " kinds, " + extras + " extra:\n" + String.join("\n", misses));
    }

    private static ExtractedFigure matching(List<ExtractedFigure> found, String text, JsonNode g) {
        String quote = g.get("quote").asString();
        int qs = text.indexOf(quote);
        int qe = qs + quote.length();
        for (ExtractedFigure f : found) {
            if (qs >= 0 && f.start() < qe && qs < f.end()
                    && f.qualifier() == Qualifier.fromLabel(g.get("qualifier").asString())
                    && Gold.eq(f.low(), Gold.dec(g.get("low"))) && Gold.eq(f.high(), Gold.dec(g.get("high")))
                    && (g.get("unit") == null || g.get("unit").isNull() || g.get("unit").asString().equals(f.unit()))) {
                return f;
            }
        }
        return null;
    }
}
