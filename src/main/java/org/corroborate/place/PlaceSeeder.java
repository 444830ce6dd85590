package org.corroborate.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corroborate.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Registers the curated places (places.tsv: countries, their regions and the towns news names, with names in French,
 * English and Arabic transliterations) that the registry does not have yet, before anything is scoped.
 */
@Component
@Order(5)
class PlaceSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlaceSeeder.class);
    static final String LIST = "places.tsv";

    private final PlaceService places;
    private final SystemAuthentication system;

    PlaceSeeder(PlaceService places, SystemAuthentication system) {
        this.places = places;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = system.call(() -> places.seed(curated()));
        if (added > 0) {
            log.info("Place registry: {} curated places registered", added);
        }
    }

    /** Lines: key, parent key (or -), kind, name, French name (empty: the same), aliases separated by |; # a comment. */
    static List<PlaceService.SeedPlace> curated() {
        List<PlaceService.SeedPlace> seed = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PlaceSeeder.class.getResourceAsStream(LIST), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new IllegalStateException("places.tsv: not key, parent, kind, name, aliases: " + line);
                }
                String french = f.length > 4 && !f[4].isBlank() ? f[4].strip() : null;
                List<String> aliases = f.length > 5 && !f[5].isBlank()
                        ? Arrays.stream(f[5].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                seed.add(new PlaceService.SeedPlace(f[0].strip(), f[1].strip().equals("-") ? null : f[1].strip(),
                        PlaceKind.valueOf(f[2].strip()), f[3].strip(), french, aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seed;
    }
}
