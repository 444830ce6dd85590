package org.corroborate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The demo file {@code demo/idleb-2019-12.json} as records; the app never reads ../shared at run time. */
public record DemoScenario(List<DemoSource> sources, List<DemoReport> reports, DemoStory story) {

    static final String SCENARIO = "demo/idleb-2019-12.json";
    static final String SEED_STORY = "demo/idleb-2019-12-fr.txt";
    public static final String SEED_TITLE = "Idleb : Ankara négocie avec Moscou un nouveau cessez-le-feu";

    record DemoSource(String key, String name, List<String> aliases, String kind, boolean party, String reliability) {
    }

    record DemoReport(String id, String publisher, Instant published, String language, String url, String title,
            String text, List<DemoAssertion> assertions) {
    }

    record DemoAssertion(String quote, String origin, @Nullable List<String> via, String qualifier,
            @Nullable BigDecimal low, @Nullable BigDecimal high, String kind, @Nullable String unit,
            @Nullable String subject, @Nullable String period) {
    }

    record DemoStory(String file, Instant published, String language, List<DemoFigure> figures) {
    }

    record DemoFigure(String quote, String qualifier, @Nullable BigDecimal low, @Nullable BigDecimal high, String kind,
            @Nullable String unit, @Nullable String subject, @Nullable String period, @Nullable String attribution) {
    }

    static DemoScenario load() {
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
