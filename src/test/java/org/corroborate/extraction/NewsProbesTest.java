package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's thresholds on ../shared/corpus/news-probes.jsonl (35 sentences, 38 figures): every
 * figure right (quote overlapping, qualifier, low, high), nothing else found (ages, article
 * numbers, clock times and dates are not figures), kind right on at least 90 %.
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
        NewsScore score = NewsScore.of(Files.readAllLines(file));
        System.out.println(score.report("News probes"));
        assertTrue(score.figures == 38 && score.meets(90), score.report("News probes"));
    }
}
