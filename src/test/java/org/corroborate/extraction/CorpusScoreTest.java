package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the recogniser against the Microsoft Recognizers-Text spec cases and the demo gold set
 * in ../shared. A case counts only when every expected result is found with the same span and
 * value (ranges: interval; dimensions and currencies: value and unit) and nothing else is found.
 *
 * <p>Deliberate differences from the reference are counted as misses, not skipped: a bare unit
 * word is a dimension for us only when it is a long name that cannot be another word ("metric
 * ton", "gramme", "baril", "mcg"; not "m"); time-of-day "pm" and the French "miles a l'heure" are
 * not dimensions for us; the reference's "from 200 to 300 in 2008" (no range) would be a range for
 * us (it currently passes); "kuai" and "mao" are no currencies for us. A currency word standing
 * alone ("dollar") is reported with no value, as the reference does.
 */
@Tag("corpus")
class CorpusScoreTest {

    private static final NumberRecognizer RECOGNIZER = new NumberRecognizer();
    private static Path shared;
    private static List<JsonNode> cases;

    /** Our unit codes and the reference's unit names (English and French spellings). */
    private static final Map<String, Set<String>> UNIT_NAMES = Map.ofEntries(
            Map.entry("km2", Set.of("Square kilometer", "Kilomètre carré")),
            Map.entry("m2", Set.of("Square meter", "Mètre carré")),
            Map.entry("km", Set.of("Kilometer", "Kilomètres")),
            Map.entry("m", Set.of("Meter", "Mètres")),
            Map.entry("cm", Set.of("Centimeter", "Centimètres")),
            Map.entry("mm", Set.of("Millimeter", "Millimètres")),
            Map.entry("dm", Set.of("Decimeter", "Décimètres")),
            Map.entry("hm", Set.of("Hectomètre")),
            Map.entry("mi", Set.of("Mile")),
            Map.entry("ft", Set.of("Foot", "Pied")),
            Map.entry("in", Set.of("Inch", "Pouce")),
            Map.entry("pm", Set.of("Picometer")),
            Map.entry("gal", Set.of("Gallon")),
            Map.entry("bbl", Set.of("Barrel", "Baril")),
            Map.entry("l", Set.of("Litre", "Liter")),
            Map.entry("ml", Set.of("Milliliter", "Millilitre")),
            Map.entry("ft3", Set.of("Cubic foot", "Pieds cube")),
            Map.entry("tbsp", Set.of("Tablespoon")),
            Map.entry("tsp", Set.of("Teaspoon")),
            Map.entry("cup", Set.of("Cup")),
            Map.entry("lb", Set.of("Pound", "Livre")),
            Map.entry("oz", Set.of("Ounce", "Onces")),
            Map.entry("t", Set.of("Ton", "Tonne")),
            Map.entry("mt", Set.of("Metric ton", "Tonne métrique")),
            Map.entry("kg", Set.of("Kilogram")),
            Map.entry("g", Set.of("Gram")),
            Map.entry("ug", Set.of("Microgram", "Microgramme")),
            Map.entry("dram", Set.of("Dram")),
            Map.entry("kmh", Set.of("Kilometer per hour")),
            Map.entry("mph", Set.of("Mile per hour", "Miles par heure")),
            Map.entry("deg", Set.of("Degree")),
            Map.entry("rad", Set.of("Radian")),
            Map.entry("turn", Set.of("Turn")),
            Map.entry("bit", Set.of("Bit")),
            Map.entry("mb", Set.of("Megabit")),
            Map.entry("MB", Set.of("Megabyte")),
            Map.entry("acre", Set.of("Acre")),
            Map.entry("ha", Set.of("Hectare")),
            Map.entry("yd", Set.of("Yard")),
            Map.entry("m/ms", Set.of("Meter per millisecond")),
            Map.entry("cm/ms", Set.of("Centimeter per millisecond")),
            Map.entry("km/ms", Set.of("Kilometer per millisecond")));

    /** Our currency codes and the reference's currency names (English and French spellings). */
    private static final Map<String, Set<String>> CURRENCY_NAMES = Map.ofEntries(
            Map.entry("$", Set.of("Dollar")), Map.entry("USD", Set.of("United States dollar", "Dollar États-Unis")),
            Map.entry("CAD", Set.of("Canadian dollar", "Dollar Canadien")),
            Map.entry("HKD", Set.of("Hong Kong dollar", "Dollar de Hong Kong")),
            Map.entry("AUD", Set.of("Australian dollar", "Dollar Australien")),
            Map.entry("NZD", Set.of("New Zealand dollar", "Dollar néo-zélandais")),
            Map.entry("MXN", Set.of("Mexican peso")), Map.entry("€", Set.of("Euro")),
            Map.entry("£", Set.of("Pound", "Livre")), Map.entry("GBP", Set.of("British pound")),
            Map.entry("JPY", Set.of("Japanese yen", "Yen Japonais")), Map.entry("CNY", Set.of("Chinese yuan", "Yuan Chinois")),
            Map.entry("CHF", Set.of("Swiss franc", "Franc Suisse")), Map.entry("franc", Set.of("Franc")),
            Map.entry("cent", Set.of("Cent")), Map.entry("centime", Set.of("Centimes")), Map.entry("pence", Set.of("Pence")),
            Map.entry("penny", Set.of("Penny")), Map.entry("rupee", Set.of("Rupee", "Roupie")),
            Map.entry("INR", Set.of("Roupie indienne")), Map.entry("FIM", Set.of("Finnish markka", "Mark Finlandais")),
            Map.entry("NLG", Set.of("Netherlands guilder", "Florins Néerlandais")), Map.entry("ESP", Set.of("Peseta")),
            Map.entry("pesewa", Set.of("Pesewa")), Map.entry("TRY", Set.of("Turkish lira")), Map.entry("BTC", Set.of("Bitcoin")),
            Map.entry("satoshi", Set.of("Satoshi")), Map.entry("CRC", Set.of("Costa Rican colón")),
            Map.entry("GEL", Set.of("Georgian lari")), Map.entry("LAK", Set.of("Lao kip")), Map.entry("LKR", Set.of("Sri Lankan rupee")),
            Map.entry("sen", Set.of("Sen")));

    @BeforeAll
    static void load() throws IOException {
        String prop = System.getProperty("corroborate.shared", "../shared");
        shared = Path.of(prop).toAbsolutePath().normalize();
        Path file = shared.resolve("corpus/recognizers-text/cases.jsonl");
        if (!Files.isRegularFile(file)) {
            fail("../shared not found at " + shared + ": the corpus profile needs the shared folder beside the project");
        }
        JsonMapper mapper = JsonMapper.builder().build();
        cases = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                cases.add(mapper.readTree(line));
            }
        }
    }

    private record Got(int start, int end, String text, Object value) {
    }

    private static Locale locale(String lang) {
        return lang.equals("French") ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static BigDecimal num(String s) {
        if (s == null || s.equals("null")) {
            return null;
        }
        String v = s.replace("%", "");
        if (v.contains(",") && !v.contains(".")) {
            v = v.replace(',', '.');
        }
        return new BigDecimal(v.replace(",", ""));
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal diff = a.subtract(b).abs();
        BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
        return diff.compareTo(scale.multiply(new BigDecimal("1e-9"))) <= 0;
    }

    private static List<Got> predict(String model, String input, Locale l) {
        List<Got> got = new ArrayList<>();
        switch (model) {
            case "NumberModel" -> RECOGNIZER.numbers(input, l).forEach(m -> got.add(new Got(m.start(), m.end(), m.text(), m.value())));
            case "PercentModel" -> RECOGNIZER.percentages(input, l).forEach(m -> got.add(new Got(m.start(), m.end(), m.text(), m.value())));
            case "DimensionModel" -> RECOGNIZER.dimensions(input, l).forEach(m -> got.add(new Got(m.start(), m.end(), m.text(), valueAndUnit(m))));
            case "CurrencyModel" -> RECOGNIZER.currencies(input, l).forEach(m -> got.add(new Got(m.start(), m.end(), m.text(), valueAndUnit(m))));
            case "OrdinalModel" -> RECOGNIZER.ordinals(input, l).forEach(m -> got.add(new Got(m.start(), m.end(), m.text(), m.value())));
            case "NumberRangeModel" -> RECOGNIZER.ranges(input, l).forEach(m -> got.add(new Got(m.start(), m.end(), m.text(), m)));
            default -> {
                return null;
            }
        }
        return got;
    }

    /** A unit mention's value (null for a unit named with no number) and unit. */
    private static List<Object> valueAndUnit(UnitMention m) {
        List<Object> p = new ArrayList<>();
        p.add(m.value());
        p.add(m.unit());
        return p;
    }

    private static boolean sameSpan(JsonNode r, Got g) {
        JsonNode st = r.get("start");
        if (st != null && !st.isNull()) {
            return st.asInt() == g.start() && r.get("end_exclusive").asInt() == g.end();
        }
        return r.get("text").asString().equalsIgnoreCase(g.text());
    }

    private static boolean sameValue(String model, JsonNode r, Got g) {
        String v = r.get("value") == null || r.get("value").isNull() ? null : r.get("value").asString();
        return switch (model) {
            case "NumberModel", "PercentModel" -> close(num(v), (BigDecimal) g.value());
            case "DimensionModel", "CurrencyModel" -> {
                List<?> p = (List<?>) g.value();
                Set<String> names = (model.equals("DimensionModel") ? UNIT_NAMES : CURRENCY_NAMES)
                        .getOrDefault((String) p.get(1), Set.of());
                yield close(num(v), (BigDecimal) p.get(0)) && names.contains(r.get("unit").asString());
            }
            case "NumberRangeModel" -> sameInterval(v, (RangeMention) g.value());
            case "OrdinalModel" -> g.value().equals(v); // "11", "end-1", "current+1"
            default -> false;
        };
    }

    private static boolean sameInterval(String ref, RangeMention m) {
        boolean loIn = ref.startsWith("[");
        boolean hiIn = ref.endsWith("]");
        String[] parts = ref.substring(1, ref.length() - 1).split(",", -1);
        BigDecimal lo = parts[0].isEmpty() ? null : new BigDecimal(parts[0]);
        BigDecimal hi = parts[1].isEmpty() ? null : new BigDecimal(parts[1]);
        return close(lo, m.low()) && close(hi, m.high()) && (lo == null || loIn == m.lowInclusive())
                && (hi == null || hiIn == m.highInclusive());
    }

    private static boolean right(String model, JsonNode c, List<Got> got) {
        JsonNode results = c.get("results");
        if (results.size() != got.size()) {
            return false;
        }
        for (int k = 0; k < got.size(); k++) {
            JsonNode r = results.get(k);
            Got g = got.get(k);
            if (!sameSpan(r, g) || !sameValue(model, r, g)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void findsAllSeedFiguresAndDemoAssertionsFromTheSharedFolder() throws IOException {
        JsonNode demo = JsonMapper.builder().build().readTree(Files.readString(shared.resolve("demo/idleb-2019-12.json")));
        String seed = Files.readString(shared.resolve("seed/idleb-2019-12-fr.txt"));
        FigureExtractor x = new FigureExtractor();
        List<ExtractedFigure> seedFigures = x.extract(seed, Locale.FRENCH).figures();
        List<String> missing = new ArrayList<>(Gold.missing(seedFigures, seed, demo.get("story").get("figures")));
        int total = 0;
        for (JsonNode r : demo.get("reports")) {
            String text = r.get("text").asString();
            Locale l = r.get("language").asString().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
            total += r.get("assertions").size();
            missing.addAll(Gold.missing(x.extract(text, l).figures(), text, r.get("assertions")));
        }
        System.out.printf(Locale.ROOT, "Gold set: seed %d/9 figures (%d extracted), demo %d/%d assertions%n",
                9 - (int) missing.stream().filter(m -> seed.contains(m.split(" ")[0])).count(), seedFigures.size(),
                total - missing.size(), total);
        assertTrue(missing.isEmpty() && seedFigures.size() == 9, "missing " + missing);
    }

    @Test
    void scoresRecognizersTextCasesAboveThresholds() throws IOException {
        Map<String, int[]> score = new LinkedHashMap<>();
        Map<String, StringBuilder> misses = new LinkedHashMap<>();
        for (JsonNode c : cases) {
            String lang = c.get("lang").asString();
            String model = c.get("model").asString();
            String key = lang + "/" + model;
            int[] s = score.computeIfAbsent(key, x -> new int[2]);
            s[1]++;
            List<Got> got = predict(model, c.get("input").asString(), locale(lang));
            if (got != null && right(model, c, got)) {
                s[0]++;
            } else {
                misses.computeIfAbsent(key, x -> new StringBuilder())
                        .append(c.get("input").asString()).append("\n  expected ").append(c.get("results"))
                        .append("\n  got      ").append(got).append("\n");
            }
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        for (Map.Entry<String, StringBuilder> e : misses.entrySet()) {
            String[] k = e.getKey().split("/");
            Files.writeString(target.resolve("corpus-misses-" + k[0].toLowerCase(Locale.ROOT).substring(0, 2) + "-"
                    + k[1] + ".txt"), e.getValue());
        }
        StringBuilder report = new StringBuilder("Corpus scores (fully right / cases):\n");
        List<String> failures = new ArrayList<>();
        score.forEach((key, s) -> {
            double pct = 100.0 * s[0] / s[1];
            // issue 11: currencies and ordinals scored, dimensions raised to 98 %
            double threshold = key.endsWith("NumberRangeModel") ? 90 : key.endsWith("DimensionModel") ? 98 : 95;
            report.append(String.format(Locale.ROOT, "  %-28s %4d / %4d  %5.1f%%%s%n", key, s[0], s[1], pct,
                    "  (threshold " + (int) threshold + "%)"));
            if (pct < threshold) {
                failures.add(key);
            }
        });
        System.out.println(report);
        assertTrue(failures.isEmpty(), "below threshold: " + failures + "\n" + report);
    }
}
