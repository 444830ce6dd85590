package org.corroborate.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.corroborate.Application;
import org.corroborate.search.SearchService;
import org.corroborate.search.SearchType;
import org.corroborate.security.SystemAuthentication;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Latency of full-text search with 100 000 reports stored. Boots the app on a throw-away embedded PostgreSQL
 * (or the server in SPRING_DATASOURCE_URL) with the demo data, bulk-loads generated reports with COPY (their
 * search documents are generated columns, so the load also builds them and the GIN index), then times
 * {@link SearchService#search} (three groups, counts, highlights) and the reports group alone over a mix of
 * rare, common, accent-free, English, phrase and empty queries: p50, p95, p99.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@search}; {@code -Dreports=0} reuses the
 * reports of a database named in SPRING_DATASOURCE_URL.
 */
public final class SearchBenchmark {

    static final int REPORTS = Integer.getInteger("reports", 100_000);
    static final int WARMUP = 60;
    static final int MEASURED = 400;

    /** What a newsroom types: places, tolls, accent-free words, English, phrases, exclusions, nothing found. */
    static final List<String> QUERIES = List.of(
            "morts", "déplacés", "deplaces idleb", "Maaret al-Noomane", "bombardements Saraqeb", "OSDH bilan",
            "killed civilians", "displaced Aleppo", "\"forces du régime\"", "frappes aériennes -Idleb",
            "lattaquie", "enfants tués Hama", "humanitarian corridor", "Khan Younès", "zzzunknownword",
            "réfugiés Turquie frontière", "casualties", "ONU", "cessez-le-feu", "Marioupol évacuation");

    private static final String[] PLACES = {"Idleb", "Alep", "Hama", "Lattaquié", "Maaret al-Noomane", "Saraqeb",
            "Jisr al-Choughour", "Deraa", "Homs", "Raqqa", "Deir ez-Zor", "Afrin", "Kobane", "Damas", "Ghouta",
            "Mossoul", "Kirkouk", "Gaza", "Khan Younès", "Rafah", "Kharkiv", "Donetsk", "Marioupol", "Bakhmout",
            "Khartoum", "El Fasher", "Goma", "Bunia", "Tigré", "Sanaa", "Hodeida", "Taëz", "Tripoli", "Benghazi"};
    private static final String[] FR_GROUPS = {"civils", "combattants", "membres des forces prorégime",
            "jihadistes et rebelles", "enfants", "personnes déplacées", "soldats", "policiers", "manifestants",
            "réfugiés", "femmes", "secouristes"};
    private static final String[] EN_GROUPS = {"civilians", "fighters", "regime forces", "rebels", "children",
            "displaced people", "soldiers", "police officers", "protesters", "refugees", "women", "aid workers"};
    private static final String[] FR_SENTENCES = {
            "Selon l'OSDH, au moins %d %s ont été tués à %s depuis jeudi.",
            "Les bombardements sur %2$s ont fait %1$d morts parmi les %3$s, d'après un bilan provisoire.",
            "Près de %d %s ont fui %s en direction de la frontière turque, selon l'ONU.",
            "Les frappes aériennes du régime et de son allié russe visent %3$s, où %1$d %2$s sont bloqués.",
            "L'armée affirme avoir repris %d localités autour de %3$s ; %2$s évacués.",
            "Un cessez-le-feu annoncé à %3$s n'a pas empêché la mort de %1$d %2$s.",
            "Plus de %d %s sont arrivés dans les camps de déplacés près de %s, dans des conditions difficiles.",
            "Le bilan s'alourdit à %3$s : %1$d %2$s tués en une semaine, selon des sources médicales."};
    private static final String[] EN_SENTENCES = {
            "At least %d %s were killed in %s on Thursday, the Syrian Observatory said.",
            "Air strikes on %3$s killed %1$d %2$s, according to a provisional toll.",
            "Nearly %d %s fled %s towards the border, the United Nations said.",
            "Government forces said they had retaken %d villages around %3$s; %2$s were evacuated.",
            "A humanitarian corridor opened in %3$s after %1$d %2$s were reported dead.",
            "Casualties among %2$s in %3$s rose to %1$d, medical sources said."};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--corroborate.demo.enabled=true", "--corroborate.database.ephemeral=true", "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long started = System.nanoTime();
            generate(dataSource, jdbc);
            System.out.printf(Locale.ROOT, "Generated %,d reports (%s of text, GIN index %s) in %.0f s%n",
                    jdbc.queryForObject("select count(*) from report", Long.class),
                    jdbc.queryForObject("select pg_size_pretty(sum(length(body))) from report", String.class),
                    jdbc.queryForObject("select pg_size_pretty(pg_relation_size('report_search_idx'))", String.class),
                    (System.nanoTime() - started) / 1e9);
            SearchService search = app.getBean(SearchService.class);
            SystemAuthentication system = app.getBean(SystemAuthentication.class);
            for (String query : QUERIES) {
                var results = system.call(() -> search.search(query, 10));
                var reports = results.group(SearchType.REPORT);
                System.out.printf(Locale.ROOT, "  %-30s reports %s%n", query,
                        reports.totalCapped() ? SearchService.RANK_CAP + "+ (newest first)"
                                : reports.partial() ? reports.total() + "+ (phrase checked in the last "
                                        + SearchService.PHRASE_WINDOW + " rows added with all its words)"
                                : String.valueOf(reports.total()));
            }
            report("Search (4 groups of 10, counts, highlights)", q -> system.call(() -> search.search(q, 10)));
            report("Reports group, first 10", q -> system.call(() -> search.page(SearchType.REPORT, q, 0, 10)));
            report("Reports group, page 5 (offset 40)",
                    q -> system.call(() -> search.page(SearchType.REPORT, q, 40, 10)));
        }
    }

    private static void report(String what, Consumer<String> call) {
        Latency.report(what, QUERIES, "queries", WARMUP, MEASURED, call);
    }

    /** Reports of 6 to 14 sentences, four in five in French, with places, groups and numbers drawn at random. */
    private static void generate(DataSource dataSource, JdbcTemplate jdbc) throws Exception {
        if (REPORTS == 0) {
            return;
        }
        List<Long> sources = jdbc.queryForList("select id from source", Long.class);
        long firstReport = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from report", Long.class);
        SplittableRandom random = new SplittableRandom(42);
        Instant from = Instant.parse("2012-01-01T00:00:00Z");
        long span = ChronoUnit.SECONDS.between(from, Instant.parse("2026-11-01T00:00:00Z"));
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            int batch = 5_000;
            for (int start = 0; start < REPORTS; start += batch) {
                StringBuilder reports = new StringBuilder();
                for (int r = start; r < Math.min(REPORTS, start + batch); r++) {
                    long reportId = firstReport + r;
                    boolean french = random.nextInt(5) > 0;
                    String place = PLACES[random.nextInt(PLACES.length)];
                    String title = french ? "Bilan à " + place + " : " + sentence(random, true, place)
                            : "Toll in " + place + ": " + sentence(random, false, place);
                    StringBuilder body = new StringBuilder();
                    int sentences = 6 + random.nextInt(9);
                    for (int s = 0; s < sentences; s++) {
                        String where = random.nextInt(3) == 0 ? PLACES[random.nextInt(PLACES.length)] : place;
                        body.append(sentence(random, french, where)).append(s % 3 == 2 ? "\\n\\n" : " ");
                    }
                    reports.append(reportId).append('\t').append("search-bench-").append(reportId).append('\t')
                            .append(sources.get(random.nextInt(sources.size()))).append('\t')
                            .append(from.plusSeconds(random.nextLong(span))).append('\t')
                            .append(french ? "fr" : "en").append('\t').append(title).append('\t')
                            .append(body.toString().strip()).append('\t').append(hash(body)).append('\n');
                }
                pg.getCopyAPI().copyIn("copy report (id, external_key, publisher_id, published_at, language, title,"
                        + " body, text_hash) from stdin", new StringReader(reports.toString()));
            }
        }
        jdbc.execute("vacuum analyze report");
    }

    /**
     * A stand-in for the duplicate fingerprint: the app fingerprints, at start, every report that has none,
     * in one transaction, which would rewrite 100 000 rows (and their search documents) before measuring.
     */
    private static String hash(CharSequence body) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String sentence(SplittableRandom random, boolean french, String place) {
        String[] templates = french ? FR_SENTENCES : EN_SENTENCES;
        String[] groups = french ? FR_GROUPS : EN_GROUPS;
        int number = 1 + random.nextInt(random.nextBoolean() ? 500 : 300_000);
        return templates[random.nextInt(templates.length)].formatted(number, groups[random.nextInt(groups.length)],
                place);
    }
}
