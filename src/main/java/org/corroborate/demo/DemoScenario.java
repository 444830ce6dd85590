package org.corroborate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The demo file {@code demo/idleb-2019-12.json} as records; the app never reads ../shared at run time. */
public record DemoScenario(List<DemoSource> sources, List<DemoReport> reports, DemoStory story) {

    static final String SCENARIO = "demo/idleb-2019-12.json";
    static final String SEED_STORY = "demo/idleb-2019-12-fr.txt";
    public static final String SEED_TITLE = "Idleb : Ankara négocie avec Moscou un nouveau cessez-le-feu";

    public record DemoSource(String key, String name, List<String> aliases, String kind, boolean party, String reliability) {
    }

    public record DemoReport(String id, String publisher, Instant published, String language, String url, String title,
            String text, List<DemoAssertion> assertions) {
    }

    public record DemoAssertion(String quote, String origin, @Nullable List<String> via, String qualifier,
            @Nullable BigDecimal low, @Nullable BigDecimal high, String kind, @Nullable String unit,
            @Nullable String subject, @Nullable String period) {
    }

    public record DemoStory(String file, Instant published, String language, List<DemoFigure> figures) {
    }

    public record DemoFigure(String quote, String qualifier, @Nullable BigDecimal low, @Nullable BigDecimal high, String kind,
            @Nullable String unit, @Nullable String subject, @Nullable String period, @Nullable String attribution,
            @Nullable Expect expect) {
    }

    /** What the scenario expects of a seed figure; the loader links these reports as its evidence. */
    public record Expect(@JsonProperty("supported_by") @Nullable List<String> supportedBy,
            @JsonProperty("contradicted_by") @Nullable List<String> contradictedBy,
            @Nullable List<String> earlier, @Nullable String status,
            @JsonProperty("party_claim") @Nullable Boolean partyClaim, @Nullable List<String> warnings) {

        public List<String> supportedByOrNone() {
            return supportedBy == null ? List.of() : supportedBy;
        }

        public List<String> contradictedByOrNone() {
            return contradictedBy == null ? List.of() : contradictedBy;
        }

        public List<String> earlierOrNone() {
            return earlier == null ? List.of() : earlier;
        }
    }

    public static DemoScenario load() {
        JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = resource(SCENARIO)) {
            return mapper.readValue(in, DemoScenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCENARIO, e);
        }
    }

    static String seedStoryText() {
        try (InputStream in = resource(SEED_STORY)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SEED_STORY, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DemoScenario.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Demo resource missing from the classpath: " + path);
        }
        return in;
    }
}
