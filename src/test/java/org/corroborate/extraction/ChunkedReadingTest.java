package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long texts are read in chunks of whole sentences (see {@link FigureExtractor}); the figures
 * must be exactly those of one pass over the whole text, at the production sizes and at sizes
 * small enough to put a chunk boundary next to nearly every figure.
 */
class ChunkedReadingTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();
    private static String text;

    @BeforeAll
    static void load() throws IOException {
        String seed;
        String demo;
        try (InputStream a = ChunkedReadingTest.class.getResourceAsStream("/extraction/idleb-2019-12-fr.txt");
             InputStream b = ChunkedReadingTest.class.getResourceAsStream("/extraction/idleb-2019-12.json")) {
            seed = new String(a.readAllBytes(), StandardCharsets.UTF_8);
            demo = new String(b.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Seed story and demo file (report texts in JSON, escapes and all) joined with varied
        // separators: line breaks, sentence marks, none at all, until well past a few chunks.
        String[] joins = {"\n", " ", ". ", "\n\n", "? ", ""};
        StringBuilder b = new StringBuilder();
        for (int k = 0; b.length() < 3 * FigureExtractor.CHUNK + 12_345; k++) {
            b.append(k % 2 == 0 ? seed : demo).append(joins[k % joins.length]);
        }
        text = b.toString();
    }

    private static void assertSameAsOnePass(Locale language, int chunk, int margin) {
        Extraction whole = EXTRACTOR.extract(text, language, Integer.MAX_VALUE, 0);
        Extraction chunked = EXTRACTOR.extract(text, language, chunk, margin);
        assertTrue(whole.figures().size() > 500, "the text has many figures: " + whole.figures().size());
        assertEquals(whole.language(), chunked.language());
        assertEquals(whole.figures(), chunked.figures());
    }

    @Test
    void productionChunksReadLikeOnePass() {
        assertSameAsOnePass(null, FigureExtractor.CHUNK, FigureExtractor.MARGIN);
        assertSameAsOnePass(Locale.ENGLISH, FigureExtractor.CHUNK, FigureExtractor.MARGIN);
    }

    @Test
    void smallChunksReadLikeOnePass() {
        assertSameAsOnePass(Locale.FRENCH, 300, 200);
        assertSameAsOnePass(Locale.ENGLISH, 1_000, 200);
    }

    @Test
    void aTextWithoutSentenceMarksIsOneChunk() {
        String flat = text.replaceAll("[\\n\\r.!?…]", " ");
        assertEquals(EXTRACTOR.extract(flat, Locale.FRENCH, Integer.MAX_VALUE, 0).figures(),
                EXTRACTOR.extract(flat, Locale.FRENCH, 300, 200).figures());
    }
}
