package org.corroborate.bench;

import java.io.StringReader;
import java.sql.Connection;
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

            List<String> warmUp = WireReports.lines(random, "warm", 0, Math.max(500, REPORTS / 10));
            system.run(() -> imports.importLines(new StringReader(String.join("\n", warmUp)), p -> { }));

            List<String> file = WireReports.lines(random, "run", 0, REPORTS);
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
