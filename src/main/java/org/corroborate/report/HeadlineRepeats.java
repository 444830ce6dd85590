package org.corroborate.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.extraction.ExtractedFigure;

/**
 * A report's headline that repeats a number of its body ("Le bilan du séisme s'alourdit à 2 946 morts", then "... fait
 * état de 2 946 morts, a annoncé le ministère") states one claim, not two: the headline's figure is left to the body's,
 * which carries the source and the words around it, so that the claim is not counted twice as evidence (walk F30,
 * DD024). A headline number the body does not repeat stays an assertion of its own.
 *
 * <p>The headline is the text's first line when more text follows and it is short enough to be one.
 */
final class HeadlineRepeats {

    /** Longer than this, a first line is a paragraph, not a headline. */
    static final int MAX_HEADLINE = 200;

    private HeadlineRepeats() {
    }

    /** The figures of {@code text} without those of its headline that its body repeats, in text order. */
    static List<ExtractedFigure> leftToTheBody(String text, List<ExtractedFigure> figures) {
        int end = headlineEnd(text);
        if (end < 0) {
            return figures;
        }
        List<ExtractedFigure> body = figures.stream().filter(f -> f.start() > end).toList();
        List<ExtractedFigure> kept = new ArrayList<>(figures.size());
        for (ExtractedFigure f : figures) {
            if (f.start() > end || body.stream().noneMatch(b -> sameClaim(f, b))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Where the headline ends (its line break), or -1 when the text does not open with one. */
    static int headlineEnd(String text) {
        int lineEnd = text.indexOf('\n');
        return lineEnd > 0 && lineEnd <= MAX_HEADLINE && !text.substring(lineEnd).isBlank() ? lineEnd : -1;
    }

    /**
     * The headline's figure and a body's state the same number of the same thing: the same number (whatever its
     * qualifier: "1 000 morts" in a headline, "au moins 1 000 morts" in the body), the same unit and the same kind.
     */
    private static boolean sameClaim(ExtractedFigure headline, ExtractedFigure body) {
        return headline.kind() == body.kind() && Objects.equals(headline.unit(), body.unit())
                && (same(headline.low(), body.low())
                || same(headline.high(), body.high()) || same(headline.point(), body.point()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }
}
