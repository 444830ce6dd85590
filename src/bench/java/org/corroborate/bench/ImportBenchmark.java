package org.corroborate.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.corroborate.Application;
import org.corroborate.report.ImportSummary;
import org.corroborate.report.ReportImportService;
import org.corroborate.report.ReportText;
import org.corroborate.security.SystemAuthentication;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import throughput: generated wire reports (French and English, 4 to 9 sentences, 2 to 6 figures each, most
 * attributed "selon l'OSDH", "according to UN OCHA"...) as one JSON Lines file, imported through
 * {@link ReportImportService} (parsing, checks, extraction, duplicate checks, JDBC batches, subject terms,
 * standings once per batch), beside a raw PostgreSQL {@code COPY} of the same report rows (no assertions, no
 * extraction, no checks) in the same run and database. Boots the app on a throw-away embedded PostgreSQL (or
 * SPRING_DATASOURCE_URL) with the demo data. A warm-up import of a tenth of the count runs first.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@import} ({@code -Dbench.import.reports=20000})
 */
public final class ImportBenchmark {

    static final int REPORTS = Integer.getInteger("reports", 10_000);

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
            "environ %d personnes ont fui", "près de %d villages ont été repris", "%d frappes aériennes ont visé la région",
            "quelque %d 000 déplacés ont gagné la frontière", "%d enfants figurent parmi les victimes",
            "une quarantaine de localités sont tombées", "%d km2 ont été conquis"};
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

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--corroborate.demo.enabled=true", "--corroborate.database.ephemeral=true", "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            ReportImportService imports = app.getBean(ReportImportService.class);
            SystemAuthentication system = app.getBean(SystemAuthentication.class);
            JsonMapper json = JsonMapper.builder().build();
            SplittableRandom random = new SplittableRandom(7);

            List<String> warmUp = lines(json, random, "warm", Math.max(500, REPORTS / 10));
            system.run(() -> imports.importLines(new StringReader(String.join("\n", warmUp)), p -> { }));

            List<String> file = lines(json, random, "run", REPORTS);
            long bytes = file.stream().mapToLong(l -> l.length() + 1).sum();
            long assertionsBefore = count(jdbc, "assertion");
            long t0 = System.nanoTime();
            ImportSummary summary = system.call(() -> imports.importLines(new StringReader(String.join("\n", file)),
                    p -> { }));
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            long assertions = count(jdbc, "assertion") - assertionsBefore;

            String rows = copyRows(jdbc, json, file);
            long t1 = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy report (publisher_id, published_at, "
                        + "language, url, title, body, url_key, text_hash) from stdin", new StringReader(rows));
            }
            double copySeconds = (System.nanoTime() - t1) / 1e9;

            System.out.printf(Locale.ROOT, "File: %,d reports, %.1f MB, %s%n", file.size(), bytes / 1e6,
                    "JSON Lines in the API's shape");
            System.out.printf(Locale.ROOT, "Import (with extraction): %,d stored, %,d rejected, %,d assertions "
                    + "in %.2f s = %,.0f reports/s%n", summary.stored(), summary.rejected(), assertions, importSeconds,
                    summary.stored() / importSeconds);
            System.out.printf(Locale.ROOT, "Raw COPY of the same report rows: %,d rows in %.2f s = %,.0f reports/s%n",
                    file.size(), copySeconds, file.size() / copySeconds);
            System.out.printf(Locale.ROOT, "Import / COPY: %.1fx slower%n", importSeconds / copySeconds);
            var copies = jdbc.queryForMap("""
                    select count(*) as n, avg(payload_length) as text, avg(octet_length(warc)) as warc
                    from archived_copy where kind = 'RESOURCE'""");
            System.out.printf(Locale.ROOT, "Archived texts (WARC resource records): %,d, text %.2f kB, WARC %.2f kB "
                    + "each on average%n", ((Number) copies.get("n")).longValue(),
                    ((Number) copies.get("text")).doubleValue() / 1024, ((Number) copies.get("warc")).doubleValue() / 1024);
        }
    }

    /** {@code count} wire reports as JSON Lines; {@code run} makes their addresses and texts new. */
    static List<String> lines(JsonMapper json, SplittableRandom random, String run, int count) {
        Instant from = Instant.parse("2019-12-01T00:00:00Z");
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean french = random.nextInt(3) > 0;
            String place = PLACES[random.nextInt(PLACES.length)];
            StringBuilder text = new StringBuilder();
            int sentences = 4 + random.nextInt(6);
            int figures = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s < figures) {
                    String figure = String.format(Locale.ROOT, (french ? FR_FIGURES : EN_FIGURES)[random.nextInt(
                            FR_FIGURES.length)], 2 + random.nextInt(400));
                    String source = (french ? FR_SOURCES : EN_SOURCES)[random.nextInt(FR_SOURCES.length - 1)];
                    text.append(french ? "À " + place + ", " + figure + ", " + source + ". "
                            : "In " + place + ", " + figure + ", " + source + ". ");
                } else {
                    text.append((french ? FR_FILLER : EN_FILLER)[random.nextInt(FR_FILLER.length)]).append(' ');
                }
            }
            text.append(french ? "Dépêche " : "Dispatch ").append(run).append('-').append(i).append('.');
            var report = new java.util.LinkedHashMap<String, Object>();
            report.put("title", (french ? "Syrie : combats à " : "Syria: fighting in ") + place + " (" + run + " " + i + ")");
            report.put("publisherKey", PUBLISHERS[random.nextInt(PUBLISHERS.length)]);
            report.put("publishedAt", from.plus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES).toString());
            report.put("language", french ? "fr" : "en");
            report.put("url", "https://wire.example.org/" + run + "/" + i);
            report.put("text", text.toString().strip());
            lines.add(json.writeValueAsString(report));
        }
        return lines;
    }

    /** The same reports' rows as COPY takes them (prepared before timing): what the import writes into {@code report}. */
    @SuppressWarnings("unchecked")
    private static String copyRows(JdbcTemplate jdbc, JsonMapper json, List<String> file) {
        java.util.Map<String, Long> publishers = new java.util.HashMap<>();
        jdbc.query("select key, id from source", rs -> {
            publishers.put(rs.getString(1), rs.getLong(2));
        });
        StringBuilder rows = new StringBuilder();
        for (String line : file) {
            java.util.Map<String, Object> r = json.readValue(line, java.util.Map.class);
            String body = ReportText.clean((String) r.get("text"));
            rows.append(publishers.get((String) r.get("publisherKey"))).append('\t').append(r.get("publishedAt"))
                    .append('\t').append(r.get("language")).append('\t').append(escape((String) r.get("url")))
                    .append('\t').append(escape((String) r.get("title"))).append('\t').append(escape(body))
                    .append('\t').append(escape(ReportText.urlKey((String) r.get("url")))).append('\t')
                    .append(ReportText.fingerprint(body)).append('\n');
        }
        return rows.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
