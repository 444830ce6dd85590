package org.corroborate.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Checks extracted figures against the demo gold set; returns the problems found. */
final class Gold {

    private Gold() {
    }

    static BigDecimal dec(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asString());
    }

    static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The figure matching a gold entry: span overlapping the quote, same qualifier, bounds and kind. */
    static ExtractedFigure find(List<ExtractedFigure> figures, String text, JsonNode gold) {
        String quote = gold.get("quote").asString();
        int qs = text.indexOf(quote);
        int qe = qs + quote.length();
        for (ExtractedFigure f : figures) {
            if (qs >= 0 && f.start() < qe && qs < f.end()
                    && f.qualifier() == Qualifier.fromLabel(gold.get("qualifier").asString())
                    && eq(f.low(), dec(gold.get("low"))) && eq(f.high(), dec(gold.get("high")))
                    && f.kind() == QuantityKind.fromLabel(gold.get("kind").asString())
                    && (gold.get("unit") == null || gold.get("unit").isNull() || gold.get("unit").asString().equals(f.unit()))) {
                return f;
            }
        }
        return null;
    }

    static List<String> missing(List<ExtractedFigure> figures, String text, JsonNode golds) {
        List<String> out = new ArrayList<>();
        for (JsonNode g : golds) {
            if (find(figures, text, g) == null) {
                out.add(g.get("quote").asString() + " " + g.get("qualifier").asString() + " " + g.get("low") + ".."
                        + g.get("high") + " " + g.get("kind").asString());
            }
        }
        return out;
    }
}
