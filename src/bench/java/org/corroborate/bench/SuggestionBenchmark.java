package org.corroborate.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.corroborate.Application;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.SubjectTerms;
import org.corroborate.place.PlaceService;
import org.corroborate.security.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Latency of a figure's panel (candidate look-up, ranking and status) with 100 000 reports and
 * 1 000 000 assertions stored over many events. Boots the app on a throw-away embedded PostgreSQL (or the server in
 * SPRING_DATASOURCE_URL) with the demo data, bulk-loads generated reports and assertions with COPY, each report of an
 * event (a registered place and a month) and its assertions scoped as the app scopes them (place, stated period or
 * the 30 days before publication), then times {@link EvidenceService#panel} over the 9 seed figures: p50, p95, p99.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@suggestions}
 */
public final class SuggestionBenchmark {

    static final int REPORTS = Integer.getInteger("reports", 100_000);
    static final int ASSERTIONS_PER_REPORT = Integer.getInteger("perReport", 10);
    static final int EVENTS = Integer.getInteger("events", 2_000);
    /** Events in the seed story's own place and months (Idlib province, Nov 2019 – Feb 2020): its dense neighbourhood. */
    static final int SEED_EVENTS = Integer.getInteger("seedEvents", 40);
    static final int WARMUP = 45;
    static final int MEASURED = 270;

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
            ScaleData.reportsOnly(dataSource, REPORTS, ASSERTIONS_PER_REPORT, EVENTS, SEED_EVENTS, 42);
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
            forwardWalk(jdbc, app.getBean(PlaceService.class), system);
        }
    }

    /**
     * A/B in the same run: the candidate look-up's walk forward on the publication index for an Idlib figure of
     * 24 December 2019 (its compatible places, its window 24 Nov – 24 Dec, a common subject term), without a bound
     * (A), bounded a year after the window (B) and two months after it (C, what CandidateIndex now sets).
     */
    private static void forwardWalk(JdbcTemplate jdbc, PlaceService places, SystemAuthentication system) {
        long idlib = jdbc.queryForObject("select id from place where key = 'idlib-province'", Long.class);
        String compatible = system.call(() -> places.gazetteer().compatible(idlib)).stream().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"));
        String terms = Arrays.stream(SubjectTerms.of("civils")).mapToObj(Long::toString)
                .collect(Collectors.joining(",", "{", "}"));
        java.sql.Timestamp when = java.sql.Timestamp.from(Instant.parse("2019-12-24T18:00:00Z"));
        java.sql.Timestamp first = java.sql.Timestamp.from(Instant.parse("2019-11-24T00:00:00Z"));
        java.sql.Timestamp bound = java.sql.Timestamp.from(Instant.parse("2020-12-24T00:00:00Z"));
        java.sql.Timestamp twoMonths = java.sql.Timestamp.from(Instant.parse("2020-02-24T00:00:00Z"));
        java.sql.Date from = java.sql.Date.valueOf("2019-11-24");
        java.sql.Date to = java.sql.Date.valueOf("2019-12-24");
        String sql = """
                select a.id from assertion a
                where a.kind = 'DEATHS' and a.subject_terms && cast(? as bigint[]) and a.published_at > ?
                  and (a.place_id is null or a.place_id = any(cast(? as bigint[]))) and a.published_at >= ? %s
                  and (a.period_to is null or (a.period_to >= ? and a.period_from <= ?))
                order by a.published_at limit 120""";
        Latency.report("Forward walk A (no upper bound)", List.of(0, 1, 2), "repeats", 15, 90,
                i -> jdbc.queryForList(sql.formatted(""), Long.class, terms, when, compatible, first, from, to));
        Latency.report("Forward walk B (bounded a year after the window)", List.of(0, 1, 2), "repeats", 15, 90,
                i -> jdbc.queryForList(sql.formatted("and a.published_at < ?"), Long.class, terms, when, compatible,
                        first, bound, from, to));
        Latency.report("Forward walk C (bounded two months after the window)", List.of(0, 1, 2), "repeats", 15, 90,
                i -> jdbc.queryForList(sql.formatted("and a.published_at < ?"), Long.class, terms, when, compatible,
                        first, twoMonths, from, to));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
