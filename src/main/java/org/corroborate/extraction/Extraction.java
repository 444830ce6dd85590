package org.corroborate.extraction;

import java.util.List;
import java.util.Locale;

/** The result of one extraction: the language used and the figures in text order. */
public record Extraction(Locale language, List<ExtractedFigure> figures) {

    public Extraction {
        figures = List.copyOf(figures);
    }
}
