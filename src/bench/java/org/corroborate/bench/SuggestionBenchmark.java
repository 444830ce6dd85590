package org.corroborate.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.corroborate.Application;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.SubjectTerms;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.place.PlaceService;
import org.corroborate.security.SystemAuthentication;
import org.postgresql.PGConnection;
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
    private static final String[] PERIODS = {"en cinq jours", "depuis lundi", "cette semaine", "in 48 hours",
            "since Sunday", "over the past week", "en deux semaines", "depuis le début du mois"};
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
            forwardWalk(jdbc, app.getBean(PlaceService.class), system);
        }
    }

    /** An event: where (a registered place), when (its first day), and the places within or around it. */
    private record Event(long placeId, Instant start, long[] nearby) {
    }

    /**
     * The events the reports are about: {@link #SEED_EVENTS} in Idlib province around the seed story (its places and
     * months), the rest at registered places (towns, regions, countries) in months drawn over 2012–2026.
     */
    private static List<Event> events(JdbcTemplate jdbc, SplittableRandom random, Instant from, long span) {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, parent_id, key from place");
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        List<Long> idlib = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            ids.add(id);
            Object p = row.get("parent_id");
            if (p != null) {
                parent.put(id, ((Number) p).longValue());
                children.computeIfAbsent(((Number) p).longValue(), k -> new ArrayList<>()).add(id);
            }
        }
        for (Map<String, Object> row : rows) {
            String key = (String) row.get("key");
            Object p = row.get("parent_id");
            if (key.equals("idlib-province") || (p != null && rows.stream().anyMatch(r -> r.get("id").equals(p)
                    && "idlib-province".equals(r.get("key"))))) {
                idlib.add(((Number) row.get("id")).longValue());
            }
        }
        List<Event> events = new ArrayList<>();
        Instant seedFrom = Instant.parse("2019-11-01T00:00:00Z");
        long seedSpan = ChronoUnit.SECONDS.between(seedFrom, Instant.parse("2020-02-28T00:00:00Z"));
        for (int e = 0; e < EVENTS; e++) {
            boolean seed = e < SEED_EVENTS && !idlib.isEmpty();
            long place = seed ? idlib.get(random.nextInt(idlib.size())) : ids.get(random.nextInt(ids.size()));
            Instant start = seed ? seedFrom.plusSeconds(random.nextLong(seedSpan)) : from.plusSeconds(random.nextLong(span));
            List<Long> near = new ArrayList<>(children.getOrDefault(place, List.of()));
            if (parent.containsKey(place)) {
                near.add(parent.get(place));
            }
            events.add(new Event(place, start, near.stream().mapToLong(Long::longValue).toArray()));
        }
        return events;
    }

    /** Where an assertion of the event counts: mostly its place, else a place within or around it, another or none. */
    private static String place(Event event, SplittableRandom random, List<Event> events) {
        int r = random.nextInt(100);
        if (r < 70 || (r < 82 && event.nearby().length == 0)) {
            return Long.toString(event.placeId());
        }
        if (r < 82) {
            return Long.toString(event.nearby()[random.nextInt(event.nearby().length)]);
        }
        if (r < 90) {
            return Long.toString(events.get(random.nextInt(events.size())).placeId());
        }
        return "\\N";
    }

    private static void generate(DataSource dataSource, JdbcTemplate jdbc) throws Exception {
        List<Long> sources = jdbc.queryForList("select id from source", Long.class);
        long firstReport = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from report", Long.class);
        long firstAssertion = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from assertion", Long.class);
        SplittableRandom random = new SplittableRandom(42);
        Instant from = Instant.parse("2012-01-01T00:00:00Z");
        long span = ChronoUnit.SECONDS.between(from, Instant.parse("2026-11-01T00:00:00Z"));
        List<Event> events = events(jdbc, random, from, span);
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            int batch = 10_000;
            for (int start = 0; start < REPORTS; start += batch) {
                StringBuilder reports = new StringBuilder();
                StringBuilder assertions = new StringBuilder();
                for (int r = start; r < Math.min(REPORTS, start + batch); r++) {
                    long reportId = firstReport + r;
                    // a report of an event, published in its first 60 days: tolls rise and conflict within it
                    Event event = events.get(random.nextInt(events.size()));
                    Instant published = event.start().plusSeconds(random.nextLong(60L * 86_400));
                    LocalDate day = published.atZone(ZoneOffset.UTC).toLocalDate();
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
                        // four in ten state a period of one to fourteen days; the others count the 30 days before
                        boolean stated = random.nextInt(10) < 4;
                        LocalDate first = stated ? day.minusDays(1 + random.nextInt(14)) : day.minusDays(30);
                        String period = stated ? PERIODS[random.nextInt(PERIODS.length)] : "\\N";
                        assertions.append(id).append('\t').append(reportId).append('\t').append(a).append("\t")
                                .append(value).append("\t0\t").append(String.valueOf(value).length()).append('\t')
                                .append(sources.get(random.nextInt(sources.size()))).append('\t').append(qualifier)
                                .append('\t').append(value).append('\t').append(open ? "\\N" : String.valueOf(value))
                                .append('\t').append(kind).append('\t').append(subject)
                                .append('\t').append(published).append('\t').append(terms(kind, subject))
                                .append('\t').append(place(event, random, events)).append('\t').append(first)
                                .append('\t').append(day).append('\t').append(stated).append("\ttrue\t")
                                .append(period).append('\n');
                    }
                }
                pg.getCopyAPI().copyIn("copy report (id, external_key, publisher_id, published_at, language, title, body)"
                        + " from stdin", new StringReader(reports.toString()));
                pg.getCopyAPI().copyIn("copy assertion (id, report_id, position, quote, start_offset, end_offset,"
                        + " origin_id, qualifier, low, high, kind, subject, published_at, subject_terms, place_id,"
                        + " period_from, period_to, period_stated, scope_read, period) from stdin",
                        new StringReader(assertions.toString()));
            }
        }
        // as autovacuum would after a bulk load: statistics, and the visibility map that index-only scans need
        jdbc.execute("vacuum analyze report");
        jdbc.execute("vacuum analyze assertion");
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
