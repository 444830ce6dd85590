package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * The lexer reads each chunk from a window of the text ({@link TextWindow}); a URL, a word or a
     * run of spaces longer than the window's slack across its edge makes it read that chunk again
     * from the whole text, with the same result.
     */
    @Test
    void tokensLongerThanTheWindowsSlackReadLikeOnePass() {
        String longWord = "a".repeat(3 * TextWindow.SLACK);
        String[] pieces = {"Selon l'OSDH, 12 morts à Idleb. ", "More than 1,200 people fled, the UN said. ",
                "Voir http://example.org/" + longWord + " pour 15 villages. ", "Il fait " + " ".repeat(2 * TextWindow.SLACK)
                + "-5 degrés, 30 blessés. ", longWord + " 40 km2. ", "Environ 260 morts en cinq jours.\n"};
        Random random = new Random(7);
        StringBuilder b = new StringBuilder();
        while (b.length() < 100_000) { // some 60 pieces, most of them longer than the slack
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        String mix = b.toString();
        for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            Extraction whole = EXTRACTOR.extract(mix, language, Integer.MAX_VALUE, 0);
            assertTrue(whole.figures().size() > 50, "the mixture has figures: " + whole.figures().size());
            assertEquals(whole.figures(), EXTRACTOR.extract(mix, language, 300, 200).figures());
            assertEquals(whole.figures(), EXTRACTOR.extract(mix, language, 5_000, 200).figures());
        }
    }

    @Test
    void aWindowHoldsItsRangeAndSlackAndEndsWithThem() {
        String t = "0123456789".repeat(1_000);
        TextWindow w = new TextWindow(t, 100);
        w.cover(4_000, 4_100);
        for (int i = 4_000 - TextWindow.SLACK; i < 4_100 + TextWindow.SLACK; i++) {
            assertEquals(t.charAt(i), w.chars()[i - w.base()]);
        }
        // the array ends where the window ends: a read past it cannot return another place's char
        assertEquals(4_000 - TextWindow.SLACK, w.base());
        assertEquals(4_100 + TextWindow.SLACK, w.base() + w.chars().length);
        w.cover(9_950, 10_000); // at the text's end: past it is never read
        assertEquals(t.substring(9_950 - TextWindow.SLACK), new String(w.chars(), 0, 10_000 - w.base()));
        assertTrue(w.widen());
        assertEquals(t, new String(w.chars()));
        assertFalse(w.widen(), "the whole text is the widest window");
    }

    @Test
    void aTokenPastTheWindowIsLexedFromTheWholeText() {
        String t = "12 morts ".repeat(30) + "http://example.org/" + "x".repeat(5 * TextWindow.SLACK) + " 15 villages";
        Tokens windowed = new Tokens(16, new WordTable());
        TextWindow w = new TextWindow(t, 50);
        Lexer.lex(w, 0, 280, Locale.FRENCH, windowed);
        Tokens whole = new Tokens(16, new WordTable());
        Lexer.lex(TextWindow.whole(t), 0, 280, Locale.FRENCH, whole);
        assertEquals(whole.size(), windowed.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.start(i), windowed.start(i));
            assertEquals(whole.end(i), windowed.end(i));
        }
        assertFalse(w.widen(), "the lexer widened the window to the whole text");
    }
}
