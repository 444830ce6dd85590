package org.corroborate.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.corroborate.bench.WireReports;

/**
 * A story desk on the production jar, driven over HTTP as browsers drive it (Vaadin Flow's client protocol): editors
 * log in (Spring Security's form), open the seed story (page, {@code ?v-r=init}, {@code ui-navigate}), open its comments
 * tab, then act once every {@code load.pace} seconds, in turn: open a figure (a click on its mark in the text), approve
 * it (confirming when the figure is weak), link the first suggested evidence as supporting, comment on the story, unlink
 * what they linked. Watchers log in, open the story and a figure and hold a push websocket (Atmosphere, as Vaadin's
 * client opens it) for the whole run; they measure how long a comment takes from the editor's click to the watcher's
 * screen. Every action is one UIDL request ({@code ?v-r=uidl}); its answer is applied to the virtual user's
 * {@link UidlState}, so the next action clicks what the server last drew.
 *
 * <p>Load: {@code load.editors} editors and {@code load.watchers} watchers ramped over {@code load.ramp} seconds; the
 * measured window is the {@code load.steady} seconds after the ramp (actions before it are named "ramp: ...").
 * Users {@code load1..loadN} must exist (the run script creates them) with the password {@code load.password}.
 *
 * <p>An action that finds nothing to click where the view always has something (no mark in the text, no figure panel,
 * no comment box) is an error of that action ({@link StoryDesk}). With {@code load.import} set, one importer posts that
 * many generated wire reports to the report import API during the measured window and then writes the same rows with
 * {@code COPY} (rolled back); actions are then counted apart before, during and after the import.
 */
public class StoryDeskSimulation extends Simulation {

    static final String BASE = System.getProperty("load.base", "http://127.0.0.1:18301");
    static final int EDITORS = Integer.getInteger("load.editors", 10);
    static final int WATCHERS = Integer.getInteger("load.watchers", 0);
    static final long STORY = Long.getLong("load.story", 1L);
    static final int RAMP = Integer.getInteger("load.ramp", 30);
    static final int STEADY = Integer.getInteger("load.steady", 60);
    static final int PACE = Integer.getInteger("load.pace", 10);
    static final String PASSWORD = System.getProperty("load.password", "editor-demo");
    static final Path OUT = Path.of(System.getProperty("load.out", "target/load"));
    /** Editors hold a push websocket too, as browsers do (false: their changes come with their next request). */
    /** A folder to write the first user's answers to, one file per request name (test data, diagnostics). */
    static final String RECORD = System.getProperty("load.record", "");
    static final boolean EDITOR_PUSH = Boolean.parseBoolean(System.getProperty("load.editorPush", "true"));
    /** Reports imported during the measured window ({@code POST /api/v1/reports/import}); 0: no import. */
    static final int IMPORT = Integer.getInteger("load.import", 0);
    /** Reports per import request (the API takes at most 25 MB a request; a request times out after 60 s). */
    static final int IMPORT_CHUNK = Integer.getInteger("load.importChunk", 2_000);
    /** Seconds into the measured window when the import starts (the actions before it are the baseline). */
    static final int IMPORT_AFTER = Integer.getInteger("load.importAfter", Math.max(10, STEADY / 6));
    /** The API token the import is sent with (the demo fact-checker's). */
    static final String TOKEN = System.getProperty("load.token", "demo-fact-checker-token");
    /** The server's database, for the COPY of the imported report rows beside the import. */
    static final String JDBC = System.getProperty("load.jdbc", "");
    static final String JDBC_USER = System.getProperty("load.jdbcUser", "postgres");

    /** Measured window: after every user is in (ramp plus one pace to settle), for the steady seconds. */
    static final long START = System.currentTimeMillis();
    static final long STEADY_FROM = START + (RAMP + PACE) * 1000L;
    static final long END = STEADY_FROM + STEADY * 1000L;

    /** When the import began and ended (epoch ms, 0 until then): actions are named by when they began. */
    static volatile long importFrom;
    static volatile long importTo;
    /** What the import and the COPY of its rows did, for the summary. */
    static final List<String> IMPORT_LINES = Collections.synchronizedList(new ArrayList<>());
    static final String IMPORT_RUN = "load-" + START;
    static final AtomicInteger IMPORTED = new AtomicInteger();

    static final String ROUTE = "story/" + STORY;
    static final Pattern MARKER = Pattern.compile("\\[t(\\d{13})\\]");

    /** Comment → watcher's screen, in ms, during the measured window. */
    static final List<Long> PUSH_LATENCY = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong PUSH_MESSAGES = new AtomicLong();
    static final AtomicLong PUSH_BYTES = new AtomicLong();
    static final Map<String, AtomicInteger> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();
    /** Response times (ms) and errors per action, as Gatling timed them (its HTML report has the same numbers). */
    static final Map<String, List<Long>> TIMES = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ERRORS = new java.util.concurrent.ConcurrentHashMap<>();
    /** The actions that found nothing to click, each told once on the console with what the user's view held. */
    static final Set<String> MISSING_REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .disableWarmUp() // no request to any outside address
            .wsBaseUrl(BASE.replaceFirst("^http", "ws"))
            .acceptLanguageHeader("en")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Corroborate load harness")
            .wsUnmatchedInboundMessageBufferSize(100_000);

    // ---- steps shared by editors and watchers

    private static ChainBuilder login() {
        return exec(http("login page").get("/login").check(responseTimeInMillis().saveAs("ms"), status().is(200)))
                .exec(timed("login page"))
                .exec(http("login").post("/login")
                        .formParam("username", "#{user}").formParam("password", PASSWORD)
                        .header("Origin", BASE)
                        .disableFollowRedirect()
                        .check(responseTimeInMillis().saveAs("ms"), status().is(302),
                                header("Location").transform(l -> l.contains("error") ? l : "ok").is("ok")))
                .exec(timed("login"));
    }

    /** The page, the init request the page's Flow.ts makes, and the navigation it sends then. */
    private static ChainBuilder openStory() {
        return group("open story").on(
                exec(session -> session.set("opening", System.currentTimeMillis()))
                        .exec(http("story page").get("/" + ROUTE).check(status().is(200)))
                        .exec(http("init").get("/")
                                .queryParam("v-r", "init").queryParam("location", ROUTE).queryParam("query", "")
                                .queryParam("v-sw", "1366").queryParam("v-sh", "768")
                                .queryParam("v-ww", "1366").queryParam("v-wh", "768")
                                .queryParam("v-bw", "1366").queryParam("v-bh", "768")
                                .queryParam("v-tzo", "0").queryParam("v-rtzo", "0").queryParam("v-dstd", "0")
                                .queryParam("v-dston", "false").queryParam("v-tzid", "UTC")
                                .queryParam("v-curdate", session -> String.valueOf(System.currentTimeMillis()))
                                .queryParam("v-td", "false").queryParam("v-pr", "1").queryParam("v-tn", "lumo")
                                .check(status().is(200), bodyString().saveAs("answer")))
                        .exec(session -> {
                            record(session, "init", session.getString("answer"));
                            return session.set("ui", UidlState.fromInit(session.getString("answer")))
                                    .remove("answer");
                        })
                        .exec(send("navigate", onUi(ui -> StoryDesk.Click.send(ui.message(UidlState.navigate(ROUTE,
                                "")))))))
                .exec(session -> {
                    // the page, the init request and the navigation, end to end (as the group in Gatling's report)
                    session = session.set("ms", System.currentTimeMillis() - session.getLong("opening"));
                    time(measured("open story (page + init + navigate)"), session, !session.isFailed());
                    return session.remove("ms");
                })
                .exitHereIfFailed()
                .exec(session -> check(session, "story shown", !StoryDesk.figureMarks(ui(session)).isEmpty()))
                .exec(send("comments tab", onUi(StoryDesk::commentsTab)));
    }

    /**
     * One UIDL request named {@code name} whose body {@code prepare} writes from the state, its answer checked (no
     * error, expired session or resync) and applied to the state. When there is nothing to send, the step is
     * counted as skipped (the app rightly offers nothing) or, when what the view always shows was not found, as an
     * error of the action: the harness no longer reads the view as the server draws it (see {@link StoryDesk}).
     */
    private static ChainBuilder send(String name, Function<Session, StoryDesk.Click> prepare) {
        return exec(session -> {
            StoryDesk.Click click = prepare.apply(session);
            if (click.isMissing()) {
                ERRORS.computeIfAbsent(measured(name), k -> new AtomicInteger()).incrementAndGet();
                count(name + ": NOTHING TO CLICK: " + click.missing());
                if (MISSING_REPORTED.add(name)) {
                    System.err.printf("%s: nothing to click (%s); %s's view: %s%n", name, click.missing(),
                            session.getString("user"), ui(session).census());
                }
            } else if (!click.sends()) {
                count(name + ": skipped: " + click.skipped());
            }
            return session.set("body", click.sends() ? click.body() : "").set("request", measured(name));
        }).doIf(session -> !session.getString("body").isEmpty()).then(
                exec(http(session -> session.getString("request")).post("/")
                        .queryParam("v-r", "uidl").queryParam("v-uiId", session -> ui(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> session.getString("body")))
                        .check(responseTimeInMillis().saveAs("ms"), status().is(200), bodyString().saveAs("answer"),
                                bodyString().transform(a -> Optional.ofNullable(UidlState.problem(a)).orElse("ok"))
                                        .is("ok")))
                        .exec(session -> {
                            String answer = session.getString("answer");
                            record(session, name, answer);
                            time(session.getString("request"), session,
                                    answer != null && UidlState.problem(answer) == null);
                            if (answer != null) {
                                sighted(session, answer, System.currentTimeMillis());
                            }
                            if (answer != null && UidlState.problem(answer) == null) {
                                ui(session).offer(answer);
                            }
                            return session.remove("answer").remove("body").remove("ms");
                        }));
    }

    private static void record(Session session, String name, String answer) {
        if (RECORD.isEmpty() || answer == null || session.userId() != 1) {
            return;
        }
        try {
            Path file = Path.of(RECORD, name.replaceAll("[^a-z]+", "-") + ".json");
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, answer, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            System.err.println("could not record " + name + ": " + e);
        }
    }

    /** Adds the last request's response time ({@code ms}) under {@code name}, or an error. */
    private static void time(String name, Session session, boolean ok) {
        if (session.contains("ms")) {
            TIMES.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(session.getLong("ms"));
        }
        if (!ok) {
            ERRORS.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** A plain HTTP step (no UIDL answer) timed and checked like the others. */
    private static ChainBuilder timed(String name) {
        return exec(session -> {
            time(measured(name), session, !session.isFailed());
            return session.remove("ms");
        });
    }

    /**
     * The name an action is counted under: "ramp: ..." before the measured window; with an import, "... | during
     * import" from its first request to its last answer and "... | after import" after it (while the standings
     * queued by the import are derived).
     */
    private static String measured(String name) {
        long now = System.currentTimeMillis();
        if (now < STEADY_FROM) {
            return "ramp: " + name;
        } else if (importTo > 0 && now >= importTo) {
            return name + " | after import";
        } else if (importFrom > 0 && now >= importFrom) {
            return name + " | during import";
        }
        return name;
    }

    private static UidlState ui(Session session) {
        return session.get("ui");
    }

    private static Session check(Session session, String what, boolean ok) {
        count(what + (ok ? "" : ": FAILED"));
        return ok ? session : session.markAsFailed();
    }

    private static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    // ---- editors

    private static ChainBuilder editorCycle() {
        return exec(session -> session.set("step", session.getInt("step") + 1))
                .doIf(session -> session.getInt("step") % 5 == 0).then(
                        send("open figure", onUi(StoryDeskSimulation::openFigure)))
                .doIf(session -> session.getInt("step") % 5 == 1).then(
                        send("approve", onUi(StoryDesk::approve))
                                .exec(send("approve: confirm", onUi(StoryDesk::confirm))))
                .doIf(session -> session.getInt("step") % 5 == 2).then(
                        exec(session -> session.set("before", StoryDesk.unlinkLabels(ui(session))))
                                .exec(send("link evidence", onUi(StoryDesk::link)))
                                .exec(session -> {
                                    Set<String> now = StoryDesk.unlinkLabels(ui(session));
                                    now.removeAll(session.<Set<String>>get("before"));
                                    return now.isEmpty() ? session.remove("linked")
                                            : session.set("linked", now.iterator().next());
                                }))
                .doIf(session -> session.getInt("step") % 5 == 3).then(
                        send("comment", StoryDeskSimulation::comment))
                .doIf(session -> session.getInt("step") % 5 == 4).then(
                        send("unlink evidence", session -> StoryDesk.unlink(ui(session),
                                session.getString("linked"))));
    }

    private static StoryDesk.Click openFigure(UidlState ui) {
        return StoryDesk.openFigure(ui, ThreadLocalRandom.current());
    }

    private static StoryDesk.Click comment(Session session) {
        String stamp = String.valueOf(System.currentTimeMillis());
        session.<Set<String>>get("seen").add(stamp); // one's own comment is not timed
        return StoryDesk.comment(ui(session), "Checked by " + session.getString("user") + ", still holding? [t" + stamp
                + "]");
    }

    /** A step that only needs the UI's state. */
    private static Function<Session, StoryDesk.Click> onUi(Function<UidlState, StoryDesk.Click> prepare) {
        return session -> prepare.apply(ui(session));
    }

    private final ScenarioBuilder editors = scenario("editors")
            .feed(IntStream.rangeClosed(1, Integer.MAX_VALUE).mapToObj(i -> Map.<String, Object>of("user", "load" + i))
                    .iterator())
            .exec(session -> session.set("seen", new HashSet<String>()))
            .exec(login())
            .exec(openStory())
            .exec(send("open figure", onUi(StoryDeskSimulation::openFigure)))
            .exec(session -> session.set("step", ThreadLocalRandom.current().nextInt(5)))
            .doIf(session -> EDITOR_PUSH).then(exec(ws("push: connect").connect(session -> pushUrl(ui(session)))))
            .pause(Duration.ZERO, Duration.ofSeconds(PACE))
            .asLongAs(session -> System.currentTimeMillis() < END).on(
                    pace(Duration.ofSeconds(PACE))
                            .doIf(session -> EDITOR_PUSH).then(
                                    exec(ws.processUnmatchedMessages(StoryDeskSimulation::heard)))
                            .exec(editorCycle()))
            .doIf(session -> EDITOR_PUSH).then(exec(ws("push: close").close()))
            .exec(leave());

    // ---- watchers

    private final ScenarioBuilder watchers = scenario("watchers")
            .feed(IntStream.rangeClosed(1, Integer.MAX_VALUE)
                    .mapToObj(i -> Map.<String, Object>of("user", "load" + (EDITORS + i))).iterator())
            .exec(session -> session.set("seen", new HashSet<String>()))
            .exec(login())
            .exec(openStory())
            .exec(send("open figure", onUi(StoryDeskSimulation::openFigure)))
            .exec(ws("push: connect").connect(session -> pushUrl(ui(session))))
            .asLongAs(session -> System.currentTimeMillis() < END).on(
                    pause(Duration.ofSeconds(2)).exec(ws.processUnmatchedMessages(StoryDeskSimulation::heard)))
            .exec(ws.processUnmatchedMessages(StoryDeskSimulation::heard))
            .exec(ws("push: close").close())
            .exec(leave());

    // ---- an import while the editors work

    /**
     * One importer: a warm-up import during the ramp (a tenth of the reports, at most 1 000; not counted), then, at
     * {@code load.importAfter} seconds into the measured window, {@code load.import} generated wire reports
     * ({@link WireReports}) posted as JSON Lines to {@code /api/v1/reports/import} in requests of
     * {@code load.importChunk} (each parsed, checked, extracted and stored with its assertions; the answer comes
     * when they are), then the same report rows, read back, written again with PostgreSQL's {@code COPY} in a
     * transaction that is rolled back (nothing kept): the raw write of the same rows, in the same run and database.
     */
    private final ScenarioBuilder importer = scenario("importer")
            .exec(session -> {
                java.util.SplittableRandom random = new java.util.SplittableRandom(START);
                int warmUp = Math.min(1_000, Math.max(100, IMPORT / 10));
                return session.set("warmUp", String.join("\n", WireReports.lines(random, IMPORT_RUN + "-warm", 0,
                        warmUp))).set("chunks", IntStream.range(0, (IMPORT + IMPORT_CHUNK - 1) / IMPORT_CHUNK)
                        .mapToObj(c -> String.join("\n", WireReports.lines(random, IMPORT_RUN, c * IMPORT_CHUNK,
                                Math.min(IMPORT_CHUNK, IMPORT - c * IMPORT_CHUNK)))).toList())
                        .set("stored", 0).set("rejected", 0);
            })
            .exec(importRequest("ramp: import (warm-up)", session -> session.getString("warmUp")))
            .exec(session -> session.remove("warmUp"))
            .pause(session -> Duration.ofMillis(Math.max(0, STEADY_FROM + IMPORT_AFTER * 1000L
                    - System.currentTimeMillis())))
            .exec(session -> {
                importFrom = System.currentTimeMillis();
                return session;
            })
            .foreach(session -> session.getList("chunks"), "chunk").on(
                    importRequest("import: " + IMPORT_CHUNK + " reports", session -> session.getString("chunk")))
            .exec(session -> {
                importTo = System.currentTimeMillis();
                int stored = session.getInt("stored");
                double seconds = (importTo - importFrom) / 1000.0;
                IMPORT_LINES.add(String.format(java.util.Locale.ROOT,
                        "import with %d editors and %d watchers on the story: %,d reports sent in %d requests, %,d "
                                + "stored, %,d rejected, in %.1f s = %.0f reports/s (with extraction; %s)", EDITORS,
                        WATCHERS, IMPORT,
                        session.getList("chunks").size(), stored, session.getInt("rejected"), seconds,
                        stored / seconds, session.isFailed() ? "IMPORT FAILED: a request failed"
                                : "every request answered 200"));
                IMPORT_LINES.add(copyImportedRows(stored, seconds));
                return session.remove("chunks");
            });

    private static ChainBuilder importRequest(String name, Function<Session, String> body) {
        return exec(http(name).post("/api/v1/reports/import")
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson")
                .body(StringBody(body::apply))
                .check(status().is(200), io.gatling.javaapi.core.CoreDsl.jsonPath("$.stored").ofInt().saveAs("n"),
                        io.gatling.javaapi.core.CoreDsl.jsonPath("$.rejected").ofInt().saveAs("r")))
                .exec(session -> name.startsWith("ramp: ") || !session.contains("n") ? session
                        : session.set("stored", IMPORTED.addAndGet(session.getInt("n")))
                                .set("rejected", session.getInt("rejected") + session.getInt("r")).remove("n")
                                .remove("r"));
    }

    /**
     * The imported reports' rows read back and written again with {@code COPY} in a transaction rolled back: what
     * the import costs beside writing its report rows raw (no assertions, no extraction, no checks).
     */
    private static String copyImportedRows(int stored, double importSeconds) {
        if (JDBC.isEmpty()) {
            return "COPY of the same rows: not run (no load.jdbc)";
        }
        String columns = "publisher_id, published_at, language, url, title, body, url_key, text_hash";
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(JDBC, JDBC_USER,
                System.getenv().getOrDefault("PGPASSWORD", ""))) {
            var copy = db.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            java.io.StringWriter rows = new java.io.StringWriter();
            long n = copy.copyOut("copy (select " + columns + " from report where url like '"
                    + WireReports.URL_PREFIX + IMPORT_RUN + "/%') to stdout", rows);
            db.setAutoCommit(false);
            long t0 = System.nanoTime();
            copy.copyIn("copy report (" + columns + ") from stdin", new java.io.StringReader(rows.toString()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            db.rollback();
            return String.format(java.util.Locale.ROOT, "COPY of the same %,d report rows (same run and database, "
                    + "right after the import, rolled back): %.2f s = %.0f reports/s; import / COPY %.0fx", n, seconds,
                    n / seconds, importSeconds / seconds);
        } catch (java.sql.SQLException | IOException e) {
            return "COPY of the same rows FAILED: " + e;
        }
    }

    /** The websocket Vaadin's client opens (AtmospherePushConnection, Atmosphere's websocket transport). */
    static String pushUrl(UidlState ui) {
        return "/VAADIN/push?v-r=push&v-uiId=" + ui.uiId() + "&v-pushId=" + ui.pushId()
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
    }

    /**
     * Push messages since the last look: applied to the UI's state in the server's order, counted, and each
     * comment's marker timed when this user first sees it (comment sent by an editor → the message that shows it).
     */
    private static Session heard(List<WsInboundMessage> messages, Session session) {
        UidlState ui = ui(session);
        for (WsInboundMessage message : messages) {
            if (message instanceof WsInboundMessage.Text text) {
                for (String uidl : ui.receive(text.message())) {
                    PUSH_MESSAGES.incrementAndGet();
                    PUSH_BYTES.addAndGet(uidl.length());
                    sighted(session, uidl, text.timestamp());
                    ui.offer(uidl);
                }
            }
        }
        return session;
    }

    /**
     * The comments a message shows: each marker this user had not seen yet (in an answer to its own request or in a
     * push message; a thread is redrawn whole, so old comments come again) is timed from the editor's click to
     * {@code at}, when the comment was made in the measured window.
     */
    private static void sighted(Session session, String message, long at) {
        if (!session.contains("seen")) {
            return;
        }
        Set<String> seen = session.get("seen");
        Matcher m = MARKER.matcher(message);
        while (m.find()) {
            if (seen.add(m.group(1))) {
                long sent = Long.parseLong(m.group(1));
                if (sent >= STEADY_FROM && sent <= END) {
                    PUSH_LATENCY.add(at - sent);
                }
            }
        }
    }

    /** Leaving the page: the beacon that closes the UI on the server (so runs do not pile up open UIs). */
    private static ChainBuilder leave() {
        return doIf(session -> session.contains("ui")).then(
                exec(http("leave").post("/").queryParam("v-r", "uidl")
                        .queryParam("v-uiId", session -> ui(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> ui(session).unload()))
                        .check(status().in(200, 204))));
    }

    {
        // when the measured window begins and ends (epoch ms), for the run script's profiling
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve("window"), STEADY_FROM + " " + END + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("could not write the window: " + e);
        }
        List<io.gatling.javaapi.core.PopulationBuilder> users = new ArrayList<>();
        if (EDITORS > 0) {
            users.add(editors.injectOpen(rampUsers(EDITORS).during(Duration.ofSeconds(RAMP))));
        }
        if (WATCHERS > 0) {
            users.add(watchers.injectOpen(rampUsers(WATCHERS).during(Duration.ofSeconds(RAMP))));
        }
        if (IMPORT > 0) {
            users.add(importer.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(1)));
        }
        // an import may outlast the users: it is given 5 minutes more to end
        setUp(users).protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + PACE + STEADY + 120L + (IMPORT > 0 ? 300 : 0)));
    }

    @Override
    public void after() {
        List<Long> latencies;
        synchronized (PUSH_LATENCY) {
            latencies = new ArrayList<>(PUSH_LATENCY);
        }
        Collections.sort(latencies);
        StringBuilder out = new StringBuilder();
        out.append(String.format("editors %d, watchers %d, pace %d s, ramp %d s, measured %d s%n", EDITORS, WATCHERS,
                PACE, RAMP, STEADY));
        out.append(String.format("push messages %d, %.1f MB%n", PUSH_MESSAGES.get(), PUSH_BYTES.get() / 1e6));
        out.append(String.format("comment -> others' screens: n %d, p50 %s, p95 %s, p99 %s, max %s ms%n",
                latencies.size(), pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.isEmpty() ? "-" : latencies.getLast()));
        out.append(String.format("%-40s %6s %6s %7s %7s %7s %7s  (ms)%n", "action", "count", "errors", "p50", "p95",
                "p99", "max"));
        // every action timed or in error (one that only ever found nothing to click has no time, but errors)
        Set<String> actions = new java.util.TreeSet<>(TIMES.keySet());
        actions.addAll(ERRORS.keySet());
        actions.stream().sorted((a, b) -> a.startsWith("ramp: ") == b.startsWith("ramp: ") ? a.compareTo(b)
                : a.startsWith("ramp: ") ? 1 : -1).forEach(name -> {
                    List<Long> times = new ArrayList<>();
                    List<Long> timed = TIMES.get(name);
                    if (timed != null) {
                        synchronized (timed) {
                            times.addAll(timed);
                        }
                    }
                    Collections.sort(times);
                    out.append(String.format("%-40s %6d %6d %7s %7s %7s %7s%n", name, times.size(),
                            ERRORS.getOrDefault(name, new AtomicInteger()).get(), pct(times, 50), pct(times, 95),
                            pct(times, 99), times.isEmpty() ? "-" : times.getLast()));
                });
        if (IMPORT > 0 && importTo == 0) {
            IMPORT_LINES.add(String.format(java.util.Locale.ROOT, "IMPORT FAILED: not finished in the step's time "
                    + "(%,d of %,d reports stored%s)", IMPORTED.get(), IMPORT, importFrom == 0 ? ", never started"
                    : String.format(java.util.Locale.ROOT, " in %.0f s", (System.currentTimeMillis() - importFrom)
                            / 1000.0)));
        }
        IMPORT_LINES.forEach(line -> out.append(line).append(System.lineSeparator()));
        OUTCOMES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(String.format("outcome %-40s %d%n", e.getKey(), e.getValue().get())));
        System.out.print(out);
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve("harness-summary.txt"), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("could not write the summary: " + e);
        }
    }

    static String pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return String.valueOf(sorted.get(Math.max(0, index)));
    }
}
