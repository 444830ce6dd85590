package org.corroborate.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the engine on news sentences written as JSON lines in the shape of the seed gold set
 * ({@code {"lang", "text", "figures": [{"quote", "qualifier", "low", "high", "kind"?, "unit"?}]}}).
 * A figure is right when a found figure overlaps its quote with the same qualifier, low and high
 * (and unit, when given); every found figure that matches none is an extra (a false figure: an
 * age, an article number, a clock time). Kinds are counted where given.
 */
final class NewsScore {

    int figures;
    int right;
    int kinds;
    int extras;
    final List<String> misses = new ArrayList<>();

    static NewsScore of(List<String> lines) {
        NewsScore score = new NewsScore();
        JsonMapper mapper = JsonMapper.builder().build();
        FigureExtractor x = new FigureExtractor();
        for (String line : lines) {
            if (!line.isBlank()) {
                score.add(x, mapper.readTree(line));
            }
        }
        return score;
    }

    private void add(FigureExtractor x, JsonNode sentence) {
        String text = sentence.get("text").asString();
        Locale lang = sentence.get("lang").asString().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        List<ExtractedFigure> found = new ArrayList<>(x.extract(text, lang).figures());
        for (JsonNode g : sentence.get("figures")) {
            figures++;
            ExtractedFigure f = matching(found, text, g);
            if (f == null) {
                misses.add(text + "\n    expected " + g + "\n    found    " + found);
                continue;
            }
            right++;
            found.remove(f);
            JsonNode kind = g.get("kind");
            if (kind == null || kind.isNull() || f.kind() == QuantityKind.fromLabel(kind.asString())) {
                kinds++;
            } else {
                misses.add(text + "\n    kind " + f.kind().label() + " instead of " + kind.asString());
            }
        }
        if (!found.isEmpty()) {
            extras += found.size();
            misses.add(text + "\n    not a figure: " + found);
        }
    }

    private static ExtractedFigure matching(List<ExtractedFigure> found, String text, JsonNode g) {
        String quote = g.get("quote").asString();
        int qs = text.indexOf(quote);
        int qe = qs + quote.length();
        for (ExtractedFigure f : found) {
            if (qs >= 0 && f.start() < qe && qs < f.end()
                    && f.qualifier() == Qualifier.fromLabel(g.get("qualifier").asString())
                    && Gold.eq(f.low(), Gold.dec(g.get("low"))) && Gold.eq(f.high(), Gold.dec(g.get("high")))
                    && (g.get("unit") == null || g.get("unit").isNull() || g.get("unit").asString().equals(f.unit()))) {
                return f;
            }
        }
        return null;
    }

    /** Every figure right, no extra figure, and the kind right on at least {@code kindPercent} % of them. */
    boolean meets(int kindPercent) {
        return right == figures && extras == 0 && kinds * 100 >= figures * kindPercent;
    }

    String report(String name) {
        return String.format(Locale.ROOT, "%s: %d/%d figures right, kind right %d/%d, %d extra figures%n%s", name,
                right, figures, kinds, figures, extras, String.join("\n", misses));
    }
}
