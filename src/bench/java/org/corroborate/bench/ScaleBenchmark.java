package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.corroborate.Application;
import org.corroborate.discussion.CommentService;
import org.corroborate.evidence.ConflictQuery;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.inbox.InboxService;
import org.corroborate.review.ReviewService;
import org.corroborate.search.SearchService;
import org.corroborate.security.Role;
import org.corroborate.story.StoryService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Server time of the users' actions with a newsroom's data at scale ({@link ScaleData}: 10 000 stories, about 1 000 000
 * figures, 100 000 reports, 1 000 000 assertions, 100 000 comments): each action calls the same public service methods
 * its view calls, as a signed-in user, and prints p50, p95, p99 ({@link Latency}) with the load average before and
 * after.
 *
 * <p>The data is generated once into a local PostgreSQL database ({@code -Dscale.database=scale_data} on
 * 127.0.0.1:5432, created when missing, user postgres; Flyway migrates it and the demo data is loaded first) and
 * reused by later runs; {@code -Dscale.database=none} generates into a throw-away embedded PostgreSQL instead.
 * {@code -Dscale.factor=0.1} generates a tenth of the full size. {@code -Dscale.generateOnly=true} stops after
 * generating. {@code -Dscale.worker=true} runs the standings worker (off by default: actions timed without background
 * derivations).
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@scale} (docs/benchmarks.md, "Data at scale").
 */
public final class ScaleBenchmark {

    static final String DATABASE = System.getProperty("scale.database", "scale_data");
    static final double FACTOR = Double.parseDouble(System.getProperty("scale.factor", "1"));
    static final int MEASURED = Integer.getInteger("scale.measured", 200);
    static final int WARMUP = Integer.getInteger("scale.warmup", 30);
    static final boolean GENERATE_ONLY = Boolean.getBoolean("scale.generateOnly");
    static final String ONLY = System.getProperty("scale.only", "");
    static final int PORT = Integer.getInteger("scale.port", 18401);
    /** The standings worker: off by default, so that the actions are timed without background derivations. */
    static final boolean WORKER = Boolean.getBoolean("scale.worker");
    /** Reports imported while the actions are timed (0: no import); see {@link #measureDuringImport}. */
    static final int IMPORT = Integer.getInteger("scale.import", 0);
    private static final String[] QUERIES = {"morts Idleb", "civils", "\"forces prorégime\"", "displaced people",
            "OSDH", "réfugiés Alep", "bilan", "aid workers Gaza", "enfants -Hama", "deplaces"};

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--corroborate.demo.enabled=true", "--server.port=" + PORT,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--corroborate.standings.worker=" + WORKER));
        arguments.addAll(List.of(args));
        if (DATABASE.equals("none")) {
            arguments.add("--corroborate.database.ephemeral=true");
        } else {
            createDatabase(DATABASE);
            arguments.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
            arguments.add("--spring.datasource.username=postgres");
            arguments.add("--spring.datasource.password=");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(arguments.toArray(String[]::new))) {
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            if (!ScaleData.generated(dataSource)) {
                long started = System.nanoTime();
                ScaleData.Counts counts = ScaleData.generate(dataSource, ScaleData.Size.FULL.times(FACTOR), 42);
                System.out.printf(Locale.ROOT, "Generated in %.0f s: %s%n", (System.nanoTime() - started) / 1e9,
                        counts);
                // the demo reports queued their kinds' figures, which now include every generated one: the generated
                // standings are what a derivation would store, so that work is dropped rather than done for hours
                jdbc.update("delete from standing_work");
                jdbc.execute("vacuum analyze");
            } else {
                System.out.println("Reusing database " + DATABASE + ": " + ScaleData.counts(jdbc));
            }
            scopeGeneratedStandings(jdbc);
            if (!GENERATE_ONLY) {
                if (IMPORT > 0) {
                    measureDuringImport(app, jdbc);
                } else {
                    measure(app, jdbc);
                }
            }
        }
    }

    /**
     * Standings generated before they stored their scope (V77) get the scope their figure was generated with (what a
     * derivation stores), so that new reports queue the figures of their events only, as after a first derivation.
     */
    private static void scopeGeneratedStandings(JdbcTemplate jdbc) {
        Integer columns = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                where table_name = 'figure_standing' and column_name = 'scope_kind'""", Integer.class);
        if (columns == null || columns == 0) {
            return;
        }
        long started = System.nanoTime();
        int n = jdbc.update("""
                update figure_standing s set scope_kind = f.kind, scope_place_id = f.place_id,
                       scope_from = f.period_from, scope_to = f.period_to
                from figure f join story st on st.id = f.story_id
                where f.id = s.figure_id and s.scope_kind is null and st.created_by = ?""", ScaleData.CREATED_BY);
        if (n > 0) {
            jdbc.execute("vacuum analyze figure_standing");
            System.out.printf(Locale.ROOT, "Scoped %,d generated standings in %.0f s%n", n,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Imports {@code scale.import} generated wire reports (as {@code ImportBenchmark} does: with extraction, in
     * batches, standings queued after each commit) in a thread, while the chosen actions are timed round after round
     * on this thread ({@code scale.only=none}: the import alone). Prints the import's rate, the actions' percentiles
     * of each round, the standings still queued, and the load average; then one more round once the import is done,
     * while the worker derives what it queued.
     */
    private static void measureDuringImport(ConfigurableApplicationContext app, JdbcTemplate jdbc) throws Exception {
        org.corroborate.report.ReportImportService imports = app.getBean(
                org.corroborate.report.ReportImportService.class);
        org.corroborate.security.SystemAuthentication system = app.getBean(
                org.corroborate.security.SystemAuthentication.class);
        List<String> file = WireReports.lines(new SplittableRandom(11), "scale-" + System.currentTimeMillis(), 0,
                IMPORT);
        System.out.printf(Locale.ROOT, "Importing %,d reports; load average before: %s%n", file.size(), load());
        long assertionsBefore = jdbc.queryForObject("select count(*) from assertion", Long.class);
        long[] took = new long[1];
        Object[] summary = new Object[1];
        Thread importer = Thread.ofPlatform().name("import").start(() -> {
            long t0 = System.nanoTime();
            summary[0] = system.call(() -> imports.importLines(new java.io.StringReader(String.join("\n", file)),
                    p -> { }));
            took[0] = System.nanoTime() - t0;
        });
        int round = 0;
        boolean actions = !ONLY.equals("none");
        while (importer.isAlive()) {
            if (actions) {
                System.out.printf(Locale.ROOT, "Round %d during the import (standings queued: %,d)%n", ++round,
                        jdbc.queryForObject("select count(*) from standing_work", Long.class));
                measure(app, jdbc);
            } else {
                importer.join(10_000);
                System.out.printf(Locale.ROOT, "  load average %s, standings queued %,d%n", load(),
                        jdbc.queryForObject("select count(*) from standing_work", Long.class));
            }
        }
        importer.join();
        var s = (org.corroborate.report.ImportSummary) summary[0];
        double seconds = took[0] / 1e9;
        System.out.printf(Locale.ROOT, "Import (with extraction%s): %,d stored, %,d rejected, %,d assertions in %.1f s "
                + "= %,.0f reports/s; standings queued after it: %,d; load average %s%n",
                actions ? ", users' actions running" : ", alone", s.stored(), s.rejected(),
                jdbc.queryForObject("select count(*) from assertion", Long.class) - assertionsBefore, seconds,
                s.stored() / seconds, jdbc.queryForObject("select count(*) from standing_work", Long.class), load());
        if (actions) {
            System.out.printf(Locale.ROOT, "Round after the import, the worker deriving (standings queued: %,d)%n",
                    jdbc.queryForObject("select count(*) from standing_work", Long.class));
            measure(app, jdbc);
            System.out.printf(Locale.ROOT, "Standings still queued: %,d%n",
                    jdbc.queryForObject("select count(*) from standing_work", Long.class));
        }
    }

    private static void measure(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        StoryService stories = app.getBean(StoryService.class);
        EvidenceService evidence = app.getBean(EvidenceService.class);
        CommentService comments = app.getBean(CommentService.class);
        InboxService inbox = app.getBean(InboxService.class);
        ReviewService review = app.getBean(ReviewService.class);
        SearchService search = app.getBean(SearchService.class);
        Locale fr = Locale.FRENCH;

        SplittableRandom random = new SplittableRandom(7);
        List<Long> storyIds = jdbc.queryForList("""
                select id from story where created_by = ? order by md5(id::text) limit 200""", Long.class,
                ScaleData.CREATED_BY);
        // figures of stories still open to changes (drafts and stories in review), where evidence can be linked
        List<long[]> figureIds = jdbc.query("""
                select f.id, f.story_id from figure f
                where f.story_id in (select id from story where created_by = ? and state in ('DRAFT', 'IN_REVIEW')
                                     order by md5(id::text) limit 200)
                order by md5(f.id::text) limit 400""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, ScaleData.CREATED_BY);
        long assertions = jdbc.queryForObject("select max(id) from assertion", Long.class);
        long firstAssertion = jdbc.queryForObject("select min(id) from assertion where id > 1000", Long.class);
        String checker = "factchecker";
        String editor = "editor";
        System.out.printf(Locale.ROOT, "Load average before: %s%n", load());

        if (wanted("story")) {
            Latency.report("Story open (details, suggestions, standings, comments, assignee, review, event)",
                    storyIds, "stories", WARMUP, MEASURED, id -> as(checker, Role.FACT_CHECKER, () -> {
                        stories.details(id).orElseThrow();
                        stories.suggestions(id);
                        evidence.storyStandings(id);
                        comments.onStory(id);
                        inbox.assigneeOf(id, null);
                        inbox.assignable();
                        review.storyReview(id);
                        return evidence.storyScope(id, fr);
                    }));
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("parts")) {
            // where a story's and a figure's opening spend their time, call by call
            int n = Math.max(20, MEASURED / 4);
            List<Long> few = storyIds.subList(0, Math.min(50, storyIds.size()));
            part("story: details", few, n, id -> stories.details(id));
            part("story: suggestions", few, n, id -> stories.suggestions(id));
            part("story: standings", few, n, id -> evidence.storyStandings(id));
            part("story: comments", few, n, id -> comments.onStory(id));
            part("story: assignee and people", few, n, id -> {
                inbox.assigneeOf(id, null);
                return inbox.assignable();
            });
            part("story: review", few, n, id -> review.storyReview(id));
            part("story: event (places and window)", few, n, id -> evidence.storyScope(id, fr));
            List<Long> someFigures = figureIds.stream().limit(50).map(f -> f[0]).toList();
            part("figure: panel", someFigures, n, id -> evidence.panel(id, fr));
            part("figure: scope", someFigures, n, id -> evidence.scope(id, fr));
            part("figure: review", someFigures, n, id -> review.figureReview(id));
            part("figure: comments", someFigures, n, id -> comments.onFigure(id));
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("figure")) {
            Latency.report("Figure open (panel, scope, review, comments, assignee)", figureIds, "figures",
                    WARMUP, MEASURED, f -> as(checker, Role.FACT_CHECKER, () -> {
                        evidence.panel(f[0], fr);
                        evidence.scope(f[0], fr);
                        review.figureReview(f[0]);
                        comments.onFigure(f[0]);
                        return inbox.assigneeOf(f[1], f[0]);
                    }));
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("link")) {
            List<long[]> pairs = new ArrayList<>();
            for (long[] f : figureIds) {
                pairs.add(new long[] {f[0], firstAssertion + random.nextLong(assertions - firstAssertion)});
            }
            Latency.reportTimed("Link evidence (then unlinked, untimed)", pairs, "figure-assertion pairs",
                    WARMUP / 3, MEASURED / 2, p -> {
                        long t0 = System.nanoTime();
                        as(checker, Role.FACT_CHECKER, () -> {
                            evidence.link(p[0], p[1], Relation.SUPPORTS);
                            return null;
                        });
                        long took = System.nanoTime() - t0;
                        as(checker, Role.FACT_CHECKER, () -> {
                            evidence.unlink(p[0], p[1]);
                            return null;
                        });
                        return took;
                    });
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("search")) {
            Latency.report("Search (first page of each group)", List.of(QUERIES), "queries", WARMUP, MEASURED,
                    q -> as(checker, Role.FACT_CHECKER, () -> search.search(q, 10)));
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("queries")) {
            // each search on its own: which words cost what
            for (String q : QUERIES) {
                Latency.report("  search \"" + q + "\"", List.of(q), "query", Math.min(5, WARMUP),
                        Math.max(10, MEASURED / 10), query -> as(checker, Role.FACT_CHECKER,
                                () -> search.search(query, 10)));
            }
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("conflicts")) {
            Latency.report("Conflicts view (first page and count)", List.of(fr, Locale.ENGLISH), "languages",
                    WARMUP, MEASURED, locale -> as(checker, Role.FACT_CHECKER, () -> Conflicts.firstPage(evidence,
                            locale)));
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("queue")) {
            List<String[]> people = jdbc.query("""
                    select u.username, u.role from app_user u where u.role in ('EDITOR', 'FACT_CHECKER')
                    order by u.username limit 20""", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
            Latency.report("My queue (editors and fact-checkers)", people, "people", WARMUP, MEASURED,
                    p -> as(p[0], Role.valueOf(p[1]), () -> Queues.firstPage(inbox)));
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
        if (wanted("history")) {
            Latency.report("Story history", storyIds, "stories", WARMUP, MEASURED,
                    id -> as(editor, Role.EDITOR, () -> review.history(id)));
            Latency.report("Figure history", figureIds, "figures", WARMUP, MEASURED,
                    f -> as(editor, Role.EDITOR, () -> review.figureHistory(f[0])));
            System.out.printf(Locale.ROOT, "  load average: %s%n", load());
        }
    }

    /**
     * The conflicts view's data: what the view asks for when it opens, its count and first page (before issue 16:
     * {@code conflicts(locale)}, every troubled figure derived again).
     */
    static final class Conflicts {
        static Object firstPage(EvidenceService evidence, Locale locale) {
            evidence.countConflicts(ConflictQuery.ALL, 10_000);
            return evidence.conflicts(ConflictQuery.ALL, 0, 50);
        }
    }

    /**
     * My queue's data: what the view asks for when it opens, each list's count and first page (before issue 16:
     * {@code myQueue()}, up to 200 rows of each).
     */
    static final class Queues {
        static Object firstPage(InboxService inbox) {
            inbox.countAssignedToMe();
            inbox.assignedToMe(0, 50);
            inbox.countToApprove(501);
            return inbox.toApprove(0, 50);
        }
    }

    private static void part(String what, List<Long> ids, int n, java.util.function.Function<Long, Object> call) {
        Latency.report("  " + what, ids, "ids", Math.min(10, n), n,
                id -> as("factchecker", Role.FACT_CHECKER, () -> call.apply(id)));
    }

    private static boolean wanted(String action) {
        return ONLY.isEmpty() || List.of(ONLY.split(",")).contains(action);
    }

    private static <T> T as(String user, Role role, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void createDatabase(String name) throws Exception {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            boolean exists;
            try (var rs = c.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                c.createStatement().execute("create database " + name);
                System.out.println("Created database " + name);
            }
        }
    }
}
