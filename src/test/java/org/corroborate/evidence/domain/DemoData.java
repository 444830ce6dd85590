package org.corroborate.evidence.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo scenario (a copy of shared/demo/idleb-2019-12.json) as the status engine's inputs. */
record DemoData(Map<String, SourceProfile> sources, List<StatedAssertion> assertions, List<SeedFigure> figures) {

    private static final Pattern ROUND_WORD = Pattern.compile("(?i)(dizaine|douzaine|quinzaine|vingtaine|trentaine"
            + "|quarantaine|cinquantaine|soixantaine|centaine|millier|dozen)");

    /** A seed figure with what the demo data expects of it. */
    record SeedFigure(CheckedFigure figure, List<String> supportedBy, List<String> contradictedBy,
                      List<String> earlier, FigureStatus status, boolean partyClaim, List<String> warnings) {

        List<String> linkedReports() {
            List<String> all = new ArrayList<>(supportedBy);
            all.addAll(contradictedBy);
            all.addAll(earlier);
            return all;
        }

        @Override
        public String toString() {
            return figure.quote();
        }
    }

    static DemoData load() {
        try (InputStream in = DemoData.class.getResourceAsStream("/evidence/idleb-2019-12.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, SourceProfile> sources = sources(root.get("sources"));
            return new DemoData(sources, assertions(root.get("reports"), sources),
                    figures(root.get("story"), sources));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SeedFigure figure(String quote) {
        return figures.stream().filter(f -> f.figure().quote().equals(quote)).findFirst().orElseThrow();
    }

    List<StatedAssertion> ofReport(String reportId) {
        return assertions.stream().filter(a -> a.reportId().equals(reportId)).toList();
    }

    StatedAssertion assertion(String reportId, String quote) {
        return ofReport(reportId).stream().filter(a -> a.quote().equals(quote)).findFirst().orElseThrow();
    }

    private static Map<String, SourceProfile> sources(JsonNode array) {
        Map<String, SourceProfile> sources = new LinkedHashMap<>();
        for (JsonNode s : array) {
            String name = s.get("name").asString();
            JsonNode aliases = s.get("aliases");
            String shown = name.length() > 20 && !aliases.isEmpty() ? aliases.get(0).asString() : name;
            sources.put(s.get("key").asString(), new SourceProfile(s.get("key").asString(), shown,
                    s.get("party").asBoolean(), Reliability.valueOf(s.get("reliability").asString())));
        }
        return sources;
    }

    private static List<StatedAssertion> assertions(JsonNode reports, Map<String, SourceProfile> sources) {
        List<StatedAssertion> all = new ArrayList<>();
        for (JsonNode r : reports) {
            String reportId = r.get("id").asString();
            Instant published = Instant.parse(r.get("published").asString());
            SourceProfile publisher = sources.get(r.get("publisher").asString());
            int i = 0;
            for (JsonNode a : r.get("assertions")) {
                List<SourceProfile> via = new ArrayList<>();
                for (JsonNode v : a.path("via")) {
                    via.add(sources.get(v.asString()));
                }
                all.add(new StatedAssertion(reportId + "-" + i++, reportId, sources.get(a.get("origin").asString()),
                        via, publisher, published, value(a), measure(a), a.get("quote").asString()));
            }
        }
        return all;
    }

    private static List<SeedFigure> figures(JsonNode story, Map<String, SourceProfile> sources) {
        Instant asOf = Instant.parse(story.get("published").asString());
        List<SeedFigure> figures = new ArrayList<>();
        int i = 0;
        for (JsonNode f : story.get("figures")) {
            JsonNode attribution = f.path("attribution");
            CheckedFigure figure = new CheckedFigure("f" + i++, f.get("quote").asString(), value(f), measure(f),
                    attribution.isNull() || attribution.isMissingNode() ? null : sources.get(attribution.asString()),
                    asOf);
            JsonNode expect = f.get("expect");
            figures.add(new SeedFigure(figure, strings(expect.path("supported_by")),
                    strings(expect.path("contradicted_by")), strings(expect.path("earlier")),
                    FigureStatus.fromLabel(expect.get("status").asString()), expect.path("party_claim").asBoolean(false),
                    strings(expect.path("warnings"))));
        }
        return figures;
    }

    private static StatedValue value(JsonNode n) {
        String quote = n.get("quote").asString();
        return new StatedValue(Qualifier.fromLabel(n.get("qualifier").asString()), number(n.path("low")),
                number(n.path("high")), text(n.path("unit")), ROUND_WORD.matcher(quote).find());
    }

    private static ComparedMeasure measure(JsonNode n) {
        return new ComparedMeasure(QuantityKind.fromLabel(n.get("kind").asString()), text(n.path("subject")), null,
                text(n.path("period")), text(n.path("unit")));
    }

    private static BigDecimal number(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.decimalValue();
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(s.asString());
        }
        return out;
    }
}
