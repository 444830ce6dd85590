package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
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

    /**
     * Number words, marks and URLs with a '?' (where the splitter ends a sentence inside a token)
     * thrown together: with chunks of one sentence and one char of margin these read differently
     * from one pass, with the margins used here they must not.
     */
    @Test
    void adversarialMixturesReadLikeOnePass() {
        String[] pieces = {"un", "une", "one", "sur", "over", "un sur un", "one over one", "point", "virgule", "a",
                "la", "trois", "12", "Dec.", "\n", ". ", "! ", "selon l'OSDH", "said", "www.a.b?c", "morts",
                "des milliers", "une quarantaine", "depuis", "en", "the", "-", "2019", "km2", "%", "half", "second",
                "Mr.", "?x", "370 000", "1,5", "(", ")", "\"", "»"};
        Random random = new Random(42);
        StringBuilder b = new StringBuilder();
        while (b.length() < 2 * FigureExtractor.CHUNK + 5_000) {
            b.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        String mix = b.toString();
        for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            Extraction whole = EXTRACTOR.extract(mix, language, Integer.MAX_VALUE, 0);
            assertTrue(whole.figures().size() > 1_000, "the mixture has many figures: " + whole.figures().size());
            assertEquals(whole.figures(), EXTRACTOR.extract(mix, language).figures());
            assertEquals(whole.figures(), EXTRACTOR.extract(mix, language, 300, 200).figures());
        }
    }

    @Test
    void aTextWithoutSentenceMarksIsOneChunk() {
        String flat = text.replaceAll("[\\n\\r.!?…]", " ");
        assertEquals(EXTRACTOR.extract(flat, Locale.FRENCH, Integer.MAX_VALUE, 0).figures(),
                EXTRACTOR.extract(flat, Locale.FRENCH, 300, 200).figures());
    }
}
