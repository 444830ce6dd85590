package org.corroborate.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.corroborate.Application;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.SubjectTerms;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.security.SystemAuthentication;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Latency of a figure's panel (candidate look-up, ranking and status) with 100 000 reports and
 * 1 000 000 assertions stored. Boots the app on a throw-away embedded PostgreSQL (or the server in
 * SPRING_DATASOURCE_URL) with the demo data, bulk-loads generated reports and assertions with COPY,
 * then times {@link EvidenceService#panel} over the 9 seed figures: p50, p95, p99.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@suggestions}
 */
public final class SuggestionBenchmark {

    static final int REPORTS = Integer.getInteger("reports", 100_000);
    static final int ASSERTIONS_PER_REPORT = Integer.getInteger("perReport", 10);
    static final int WARMUP = 45;
    static final int MEASURED = 270;

    private static final String[] GROUPS = {"civils", "combattants", "forces prorégime", "jihadistes et rebelles",
            "enfants", "personnes déplacées", "soldats turcs", "membres des forces du régime", "civilians",
            "fighters", "regime forces", "rebels", "children", "displaced people", "women", "aid workers",
            "policiers", "manifestants", "protesters", "migrants", "réfugiés", "refugees", "villages", "localités"};
    private static final String[] PLACES = {"Idleb", "Alep", "Hama", "Lattaquié", "Maaret al-Noomane", "Saraqeb",
            "Jisr al-Choughour", "Deraa", "Homs", "Raqqa", "Deir ez-Zor", "Afrin", "Kobane", "Damas", "Ghouta",
            "Mossoul", "Kirkouk", "Gaza", "Khan Younès", "Rafah", "Kharkiv", "Donetsk", "Marioupol", "Bakhmout",
            "Khartoum", "El Fasher", "Goma", "Bunia", "Tigré", "Sanaa", "Hodeida", "Taëz", "Tripoli", "Benghazi"};
    private static final String[] KINDS = {"DEATHS", "DEATHS", "DEATHS", "INJURED", "DISPLACED", "DISPLACED",
            "PLACES", "AREA", "DISTANCE", "SHARE", "STRIKES", "PEOPLE"};
    private static final String[] QUALIFIERS = {"EXACT", "EXACT", "APPROXIMATE", "MORE_THAN", "AT_LEAST", "NEARLY"};

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // command-line arguments outrank application.properties (where demo data is off by default)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--corroborate.demo.enabled=true", "--corroborate.database.ephemeral=true", "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long started = System.nanoTime();
            generate(dataSource, jdbc);
            System.out.printf(Locale.ROOT, "Generated %,d reports and %,d assertions in %.0f s%n",
                    count(jdbc, "report"), count(jdbc, "assertion"), (System.nanoTime() - started) / 1e9);

            List<Long> figures = jdbc.queryForList("""
                    select f.id from figure f join story s on s.id = f.story_id
                    where s.title like 'Idleb : Ankara%' order by f.start_offset""", Long.class);
            EvidenceService evidence = app.getBean(EvidenceService.class);
            SystemAuthentication system = app.getBean(SystemAuthentication.class);
            Latency.report("Suggestions", figures, "figures", WARMUP, MEASURED,
                    id -> system.run(() -> evidence.suggestions(id, Locale.ENGLISH)));
            Latency.report("Figure panel (suggestions, status, ledger)", figures, "figures", WARMUP, MEASURED,
                    id -> system.run(() -> evidence.panel(id, Locale.ENGLISH)));
        }
    }

    private static void generate(DataSource dataSource, JdbcTemplate jdbc) throws Exception {
        List<Long> sources = jdbc.queryForList("select id from source", Long.class);
        long firstReport = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from report", Long.class);
        long firstAssertion = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from assertion", Long.class);
        SplittableRandom random = new SplittableRandom(42);
        Instant from = Instant.parse("2012-01-01T00:00:00Z");
        long span = ChronoUnit.SECONDS.between(from, Instant.parse("2026-11-01T00:00:00Z"));
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            int batch = 10_000;
            for (int start = 0; start < REPORTS; start += batch) {
                StringBuilder reports = new StringBuilder();
                StringBuilder assertions = new StringBuilder();
                for (int r = start; r < Math.min(REPORTS, start + batch); r++) {
                    long reportId = firstReport + r;
                    Instant published = from.plusSeconds(random.nextLong(span));
                    long publisher = sources.get(random.nextInt(sources.size()));
                    reports.append(reportId).append('\t').append("bench-").append(reportId).append('\t')
                            .append(publisher).append('\t').append(published).append("\tfr\tGenerated report ")
                            .append(reportId).append("\tBench text.\n");
                    for (int a = 0; a < ASSERTIONS_PER_REPORT; a++) {
                        long id = firstAssertion + (long) r * ASSERTIONS_PER_REPORT + a;
                        String subject = GROUPS[random.nextInt(GROUPS.length)] + " à " + PLACES[random.nextInt(PLACES.length)];
                        int value = 1 + random.nextInt(random.nextBoolean() ? 500 : 300_000);
                        String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
                        String kind = KINDS[random.nextInt(KINDS.length)];
                        boolean open = qualifier.equals("MORE_THAN") || qualifier.equals("AT_LEAST");
                        assertions.append(id).append('\t').append(reportId).append('\t').append(a).append("\t")
                                .append(value).append("\t0\t").append(String.valueOf(value).length()).append('\t')
                                .append(sources.get(random.nextInt(sources.size()))).append('\t').append(qualifier)
                                .append('\t').append(value).append('\t').append(open ? "\\N" : String.valueOf(value))
                                .append('\t').append(kind).append('\t').append(subject)
                                .append('\t').append(published).append('\t').append(terms(kind, subject)).append('\n');
                    }
                }
                pg.getCopyAPI().copyIn("copy report (id, external_key, publisher_id, published_at, language, title, body)"
                        + " from stdin", new StringReader(reports.toString()));
                pg.getCopyAPI().copyIn("copy assertion (id, report_id, position, quote, start_offset, end_offset,"
                        + " origin_id, qualifier, low, high, kind, subject, published_at, subject_terms) from stdin",
                        new StringReader(assertions.toString()));
            }
        }
        jdbc.execute("analyze report");
        jdbc.execute("analyze assertion");
    }

    /** The same terms the app stores (subject terms and a kind term), see CandidateIndex. */
    private static String terms(String kind, String subject) {
        long[] terms = SubjectTerms.of(subject);
        long[] all = Arrays.copyOf(terms, terms.length + 1);
        all[terms.length] = -1_000_000L - QuantityKind.valueOf(kind).ordinal();
        return Arrays.stream(all).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
