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
 * <p>Cost is linear in the input: a single tokenising pass, then bounded look-arounds per token.
 * Any string is accepted (binary noise and unpaired surrogates yield no figures); only a null
 * text is rejected, with {@link IllegalArgumentException}.
 */
public final class FigureExtractor {

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
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        Locale lang = language == null ? Lang.detect(text) : Lang.isFrench(language) ? Locale.FRENCH : Locale.ENGLISH;
        NumberRecognizer.Analysis a = recognizer.analyze(text, lang);
        List<ExtractedFigure> figures = new FigureReader(a, SentenceSplitter.split(text)).read();
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

    static List<ExtractedFigure> empty() {
        return new ArrayList<>();
    }
}
