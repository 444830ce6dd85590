package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our own news-style sentences in French and English (src/test/resources/extraction/news-sentences.jsonl):
 * every row of the bound table (docs/design-decisions/DD010), money, ranges, shares, units, things
 * that are not figures, kinds, and numbers read with the conventions of the words around them.
 */
class NewsSentencesTest {

    @Test
    void readsEveryOwnNewsSentenceRight() throws IOException {
        List<String> lines;
        try (InputStream in = NewsSentencesTest.class.getResourceAsStream("/extraction/news-sentences.jsonl")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        NewsScore score = NewsScore.of(lines);
        long french = lines.stream().filter(l -> l.startsWith("{\"lang\": \"fr\"")).count();
        assertTrue(lines.size() >= 150 && french >= 50 && lines.size() - french >= 50, "sentences: " + lines.size());
        assertTrue(score.meets(95), score.report("Own news sentences"));
    }
}
