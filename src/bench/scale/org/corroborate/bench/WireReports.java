package org.corroborate.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wire reports to import, by the import benchmark and while the load harness's editors work: JSON Lines in the shape of
 * {@code POST /api/v1/reports/import}, two thirds French and one third English, 4 to 9 sentences with 2 to 6 figures
 * each attributed as agencies write it ("selon l'OSDH", "according to UN OCHA"), about the Idlib offensive of
 * December 2019 – January 2020 (the seed story's days), from ten publishers of the demo data. One generator for both
 * (it stands with the other generated data, seen by the benchmarks and the tests), so that the rates compare.
 */
public final class WireReports {

    private static final String[] PUBLISHERS = {"afp", "ap", "dpa", "rfi", "xinhua", "al-jazeera", "france24",
            "la-croix", "tass", "al-arabiya"};
    private static final String[] FR_SOURCES = {"selon l'OSDH", "selon l'Observatoire syrien des droits de l'homme",
            "selon l'ONU", "d'après l'Unicef", "selon l'armée syrienne", "selon Ankara", "a indiqué l'OCHA"};
    private static final String[] EN_SOURCES = {"according to the Syrian Observatory for Human Rights",
            "the UN said", "according to UNICEF", "the Syrian army said", "according to UN OCHA",
            "the Observatory said"};
    private static final String[] PLACES = {"Idleb", "Alep", "Hama", "Maaret al-Noomane", "Saraqeb",
            "Jisr al-Choughour", "Khan Cheikhoun", "Ariha", "Kafranbel", "Lattaquié"};
    private static final String[] FR_FIGURES = {"au moins %d civils ont été tués", "plus de %d combattants ont péri",
            "environ %d personnes ont fui", "près de %d villages ont été repris",
            "%d frappes aériennes ont visé la région", "quelque %d 000 déplacés ont gagné la frontière",
            "%d enfants figurent parmi les victimes", "une quarantaine de localités sont tombées",
            "%d km2 ont été conquis"};
    private static final String[] EN_FIGURES = {"at least %d civilians were killed", "more than %d fighters died",
            "about %d people fled", "nearly %d villages were retaken", "%d air strikes hit the area",
            "some %d,000 displaced people reached the border", "%d children were among the dead",
            "dozens of towns fell", "%d square kilometres were captured"};
    private static final String[] FR_FILLER = {"Les combats se poursuivaient dans la soirée.",
            "Les habitants décrivent des bombardements incessants.", "La situation humanitaire reste critique.",
            "Les routes vers le nord sont encombrées de véhicules."};
    private static final String[] EN_FILLER = {"Fighting continued into the evening.",
            "Residents described relentless shelling.", "The humanitarian situation remains critical.",
            "Roads to the north were jammed with vehicles."};

    /** Where the reports' addresses start: {@code URL_PREFIX + run + "/" + i}. */
    public static final String URL_PREFIX = "https://wire.example.org/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WireReports() {
    }

    /**
     * {@code count} reports as JSON Lines, numbered from {@code first}; {@code run} makes their addresses and texts
     * new (the import refuses a report already stored).
     */
    public static List<String> lines(SplittableRandom random, String run, int first, int count) {
        Instant from = Instant.parse("2019-12-01T00:00:00Z");
        List<String> lines = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            boolean french = random.nextInt(3) > 0;
            String place = PLACES[random.nextInt(PLACES.length)];
            StringBuilder text = new StringBuilder();
            int sentences = 4 + random.nextInt(6);
            int figures = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s < figures) {
                    String figure = String.format(Locale.ROOT, (french ? FR_FIGURES : EN_FIGURES)[random.nextInt(
                            FR_FIGURES.length)], 2 + random.nextInt(400));
                    String source = (french ? FR_SOURCES : EN_SOURCES)[random.nextInt(EN_SOURCES.length)];
                    text.append(french ? "À " + place + ", " + figure + ", " + source + ". "
                            : "In " + place + ", " + figure + ", " + source + ". ");
                } else {
                    text.append((french ? FR_FILLER : EN_FILLER)[random.nextInt(FR_FILLER.length)]).append(' ');
                }
            }
            text.append(french ? "Dépêche " : "Dispatch ").append(run).append('-').append(i).append('.');
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("title", (french ? "Syrie : combats à " : "Syria: fighting in ") + place + " (" + run + " " + i
                    + ")");
            report.put("publisherKey", PUBLISHERS[random.nextInt(PUBLISHERS.length)]);
            report.put("publishedAt", from.plus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES).toString());
            report.put("language", french ? "fr" : "en");
            report.put("url", URL_PREFIX + run + "/" + i);
            report.put("text", text.toString().strip());
            lines.add(JSON.writeValueAsString(report));
        }
        return lines;
    }
}
