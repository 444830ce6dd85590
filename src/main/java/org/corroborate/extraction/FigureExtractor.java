package org.corroborate.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the figures of a French or English text: the number as stated, its qualifier, unit,
 * quantity kind, subject, period and attribution. Stateless: one instance can be shared by
 * threads.
 *
 * <p>Cost is linear in the input: one tokenising pass (plus the small margins of the chunks, see
 * below), then bounded look-arounds per token.
 * Any string is accepted (binary noise and unpaired surrogates yield no figures); only a null
 * text is rejected, with {@link IllegalArgumentException}.
 */
public final class FigureExtractor {

    /*
     * Long texts are read in chunks of whole sentences, about CHUNK chars each, so only one
     * chunk's tokens are held at a time, in arrays reused from chunk to chunk: a whole 10 MB text
     * has two million tokens (likewise its chars: see TextWindow). Each chunk is tokenised and read with at least MARGIN chars
     * of whole sentences before and after it, and keeps only the figures that start inside it.
     * Everything the reader looks at around a figure is in its sentence or a few tokens away, so a
     * figure reads the same as in one pass over the whole text (the margin also absorbs a token cut
     * by a chunk start, such as a URL holding a "?"). The language is still detected
     * on the whole text, and the sentences are split once. A text of one chunk is read in one pass.
     */
    static final int CHUNK = 256 * 1024;
    static final int MARGIN = 2 * 1024;
    /** Chars a chunk read with its margins may exceed {@code chunk + 2 * margin} by without a window of its own (see {@link TextWindow}). */
    private static final int CHUNK_OVERSHOOT = 8 * 1024;

    private final NumberRecognizer recognizer = new NumberRecognizer();

    /** Extracts with the language detected from stopwords (French or English). */
    public Extraction extract(String text) {
        return extract(text, null);
    }

    /**
     * @param text     the text; must not be null
     * @param language French or English; null to detect it
     * @throws IllegalArgumentException when text is null
     */
    public Extraction extract(String text, Locale language) {
        return extract(text, language, CHUNK, MARGIN);
    }

    /** {@link #extract(String, Locale)} with other chunk and margin sizes (chars), for tests. */
    Extraction extract(String text, Locale language, int chunk, int margin) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        VisibleText seen = VisibleText.of(text);
        Extraction read = read(seen.visible(), language, chunk, margin);
        if (seen.unchanged()) {
            return read;
        }
        List<ExtractedFigure> written = new ArrayList<>(read.figures().size());
        for (ExtractedFigure f : read.figures()) {
            written.add(f.in(seen));
        }
        return new Extraction(read.language(), written);
    }

    /** The figures of a text as its reader sees it ({@link VisibleText}), offsets into that text. */
    private Extraction read(String text, Locale language, int chunk, int margin) {
        Locale lang = language == null ? Lang.detect(text) : Lang.isFrench(language) ? Locale.FRENCH : Locale.ENGLISH;
        SentenceBounds sentences = SentenceSplitter.split(text);
        // News has about one figure per 100 chars at most (the demo texts: one per 113): sized so
        // that the list seldom grows (each growth copies it)
        List<ExtractedFigure> figures = new ArrayList<>(Math.max(10, text.length() / 100));
        int m = sentences.size();
        int n = text.length();
        // Shared by the chunks: the vocabulary repeats, and the token arrays are reused.
        Tokens tokens = new Tokens(Math.min(n, chunk + 2 * margin) / 4, new WordTable());
        // The lexer reads an array, not charAt: each range's chars are copied into one array reused
        // by the ranges, room left for the sentences that make a range overshoot its size.
        TextWindow chars = new TextWindow(text, (int) Math.min(n, (long) chunk + 2L * margin + CHUNK_OVERSHOOT));
        // A chunk's figures are collected in a small list of their own and copied into the text's list at once
        // (one array copy instead of a store per figure into a list that outlives young collections: about 1 % at 1 MB).
        List<ExtractedFigure> chunkFigures = new ArrayList<>();
        int a = 0; // first sentence of the chunk
        do {
            int b = a + 1; // past the last sentence of the chunk
            int coreStart = a == 0 ? 0 : sentences.start(a);
            while (b < m && sentences.end(b - 1) - coreStart < chunk) {
                b++;
            }
            int coreEnd = b >= m ? n : sentences.start(b);
            int wa = a; // the chunk read with whole sentences of context on each side
            while (wa > 0 && coreStart - sentences.start(wa) < margin) {
                wa--;
            }
            int wb = Math.min(b, m);
            while (wb < m && sentences.end(wb - 1) - coreEnd < margin) {
                wb++;
            }
            int from = wa == 0 ? 0 : sentences.start(wa);
            int to = wb >= m ? n : sentences.start(wb);
            SentenceBounds around = sentences.range(Math.min(wa, m), wb);
            tokens.numberBy(around); // the reader's token → sentence map, made while lexing
            NumberRecognizer.Analysis an = recognizer.analyze(text, chars, from, to, lang, tokens);
            chunkFigures.clear();
            new FigureReader(an, around).read(coreStart, coreEnd, chunkFigures);
            figures.addAll(chunkFigures);
            a = b;
        } while (a < m);
        return new Extraction(lang, figures);
    }

    /** The best single value for a qualifier, see {@link ExtractedFigure}. */
    static BigDecimal point(Qualifier q, BigDecimal low, BigDecimal high) {
        return switch (q) {
            case RANGE -> low != null && high != null
                    ? low.add(high).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP).stripTrailingZeros() : null;
            case LESS_THAN, AT_MOST -> high;
            default -> low;
        };
    }
}
