package org.corroborate.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 1 MB story with about 10 000 suggestions in the browser (issue 14: 13.8 s to first response, 52.6 s until the page
 * was built, 63 s to accept one suggestion). Starts each production jar given (this branch's, and for an A/B in one run
 * an older one: {@code -Dbaseline=path/to.jar}) on a fresh database of the local PostgreSQL with the demo data, creates
 * one story per language through the API (news sentences, one figure each, in paragraphs of five: extraction makes
 * them suggestions), then in headless Chromium at 1366×768, logged in as the demo fact-checker, opens each story
 * several times, the jars taking turns: the document's first byte, the view's response (the init request's UIDL),
 * the marks present in the text, and the page built (marks present and every response in, Playwright's network idle);
 * then the DOM's size. Last, in the page left open, accepts suggestions one after the other: from the click on Accept
 * (in the page) until the entry and its suggested mark are gone, the figure's mark is there and the client waits for
 * no response; and the UIDL request's own time (server and network). Prints p50 and max, and the machine's load.
 *
 * <p>Run (after {@code ./mvnw -Pproduction -DskipTests package}):
 * {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@large-story} [-Dbench.large.baseline=old.jar
 * -Dbench.large.reps=5 -Dbench.large.accepts=5 -Dbench.large.languages=fr,en -Dbench.large.bytes=1000000]
 */
public final class LargeStoryBenchmark {

    private static final int PORT = Integer.getInteger("port", 18100);
    private static final String DB = System.getProperty("db", "bigstory_bench");
    private static final int REPS = Integer.getInteger("reps", 5);
    private static final int ACCEPTS = Integer.getInteger("accepts", 5);
    private static final int BYTES = Integer.getInteger("bytes", 1_000_000);
    private static final List<String> LANGUAGES = Arrays.asList(System.getProperty("languages", "fr,en").split(","));
    private static final String TOKEN = "demo-fact-checker-token";
    private static final boolean TRACE = Boolean.getBoolean("trace");
    private static final int TIMEOUT_MS = 600_000; // the old text took about a minute per step on a quiet machine

    private static final String[] FR_PLACES = {"Idleb", "Alep", "Hama", "Maaret al-Noomane", "Saraqeb",
            "Jisr al-Choughour", "Khan Cheikhoun", "Ariha", "Kafranbel", "Lattaquié", "Deraa", "Homs"};
    private static final String[] EN_PLACES = {"Idlib", "Aleppo", "Hama", "Maarat al-Numan", "Saraqib",
            "Jisr al-Shughur", "Khan Sheikhun", "Ariha", "Kafranbel", "Latakia", "Daraa", "Homs"};
    private static final String[] FR = {
            "À %P, au moins %N civils ont été tués dans des frappes aériennes, selon l'OSDH.",
            "Plus de %N personnes ont fui %P depuis le début de l'offensive, a indiqué l'ONU.",
            "Environ %N maisons ont été détruites à %P, d'après la Défense civile.",
            "Près de %N enfants ont été blessés à %P en cinq jours, selon l'Unicef.",
            "Les forces prorégime ont repris %N km2 autour de %P, selon l'armée syrienne.",
            "%N combattants ont péri dans les combats près de %P, selon l'Observatoire.",
            "Pas moins de %N familles ont quitté le village de %P, selon les secouristes.",
            "Jusqu'à %N déplacés s'entassent dans des camps près de %P, selon l'OCHA.",
            "Au moins %N frappes aériennes ont visé %P en une semaine, selon l'OSDH.",
            "Quelque %N tonnes d'aide sont arrivées à %P mardi, a annoncé le PAM."};
    private static final String[] EN = {
            "In %P, at least %N civilians were killed in air strikes, the Syrian Observatory said.",
            "More than %N people have fled %P since the offensive began, the UN said.",
            "About %N homes were destroyed in %P, according to the civil defence.",
            "Nearly %N children were wounded in %P in five days, UNICEF said.",
            "Government forces retook %N square kilometres around %P, the army said.",
            "%N fighters died in clashes near %P, the Observatory said.",
            "No fewer than %N families left the village of %P, rescuers said.",
            "Up to %N displaced people crowd camps near %P, OCHA said.",
            "At least %N air strikes hit %P in a week, the monitor said.",
            "Some %N tonnes of aid reached %P on Tuesday, the WFP said."};

    private LargeStoryBenchmark() {
    }

    /** One jar under test, its app and its stories (language → id, suggestions at creation). */
    private record App(String label, Path jar, int port, String db, Process process, Path log,
                       Map<String, long[]> stories) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String[]> jars = new ArrayList<>();
        jars.add(new String[] {"this branch", newestJar().toString()});
        String baseline = System.getProperty("baseline", "");
        if (!baseline.isBlank()) {
            jars.add(new String[] {"baseline", baseline});
        }
        System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
        List<App> apps = new ArrayList<>();
        try {
            for (int i = 0; i < jars.size(); i++) {
                apps.add(start(jars.get(i)[0], Path.of(jars.get(i)[1]), PORT + i, DB + "_" + i));
            }
            for (App app : apps) {
                waitUntilReady(app);
                for (String language : LANGUAGES) {
                    createStory(app, language);
                }
            }
            measure(apps);
        } finally {
            for (App app : apps) {
                app.process().destroy();
                if (!app.process().waitFor(60, TimeUnit.SECONDS)) {
                    app.process().destroyForcibly();
                }
                psql("DROP DATABASE IF EXISTS " + app.db() + " WITH (FORCE)");
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    }

    private static void measure(List<App> apps) {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true);
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                launch.setExecutablePath(Path.of("/usr/bin/chromium"));
            }
            try (Browser browser = playwright.chromium().launch(launch)) {
                Map<App, BrowserContext> contexts = new LinkedHashMap<>();
                for (App app : apps) {
                    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                            .setViewportSize(1366, 768));
                    login(context, app);
                    contexts.put(app, context);
                }
                for (String language : LANGUAGES) {
                    Map<App, List<double[]>> opens = new LinkedHashMap<>();
                    Map<App, Page> last = new LinkedHashMap<>();
                    for (int r = 0; r <= REPS; r++) { // the first open of each is a warm-up, not counted
                        for (App app : apps) {
                            if (last.containsKey(app)) {
                                last.remove(app).close();
                            }
                            Page page = contexts.get(app).newPage();
                            Path trace = TRACE && r == REPS ? Path.of("target", "large-story-trace-"
                                    + app.label().replace(' ', '-') + "-" + language + ".json") : null;
                            if (trace != null) {
                                browser.startTracing(page, new Browser.StartTracingOptions().setPath(trace)
                                        .setScreenshots(false));
                            }
                            double[] open = open(page, app, language);
                            if (trace != null) {
                                browser.stopTracing();
                                System.out.printf(Locale.ROOT, "  trace of this open: %s%n", trace);
                            }
                            last.put(app, page);
                            System.out.printf(Locale.ROOT, "  %s, %s, open %d: %s%n", app.label(), language, r,
                                    Arrays.toString(open));
                            if (r > 0) {
                                opens.computeIfAbsent(app, a -> new ArrayList<>()).add(open);
                            }
                        }
                    }
                    Map<App, List<double[]>> accepts = new LinkedHashMap<>();
                    for (int a = 0; a < ACCEPTS; a++) {
                        for (App app : apps) {
                            double[] accept = accept(last.get(app));
                            System.out.printf(Locale.ROOT, "  %s, %s, accept %d: %s%n", app.label(), language, a,
                                    Arrays.toString(accept));
                            accepts.computeIfAbsent(app, x -> new ArrayList<>()).add(accept);
                        }
                    }
                    for (App app : apps) {
                        Page page = last.get(app);
                        long[] story = app.stories().get(language);
                        System.out.printf(Locale.ROOT, "%n%s, story in %s (%,d bytes, %,d suggestions at creation, "
                                + "created in %.1f s):%n", app.label(), language, story[2], story[1], story[3] / 1000.0);
                        List<double[]> o = opens.get(app);
                        System.out.printf(Locale.ROOT, "  open over %d runs (p50 / max): document first byte %s, "
                                        + "view response %s, marks present %s, page built %s; marks %.0f, "
                                        + "DOM elements %.0f (%.0f with shadow roots)%n", o.size(), stat(o, 0),
                                stat(o, 1), stat(o, 2), stat(o, 3), o.getLast()[4], o.getLast()[5], o.getLast()[6]);
                        System.out.printf(Locale.ROOT, "  first screen usable (first marks drawn, suggestions listed, "
                                + "no response awaited) p50 / max: %s%n", stat(o, 11));
                        System.out.printf(Locale.ROOT, "  browser main thread over the open (p50 / max): tasks %s, "
                                + "of which script %s, style %s, layout %s%n", stat(o, 7), stat(o, 8), stat(o, 9),
                                stat(o, 10));
                        List<double[]> acc = accepts.get(app);
                        System.out.printf(Locale.ROOT, "  accept over %d runs (p50 / max): click to UI updated %s, "
                                + "its UIDL request %s, click to the figure's standing shown %s (shown as being "
                                + "assessed first in %d of %d)%n", acc.size(), stat(acc, 0), stat(acc, 1),
                                stat(acc, 2), acc.stream().filter(x -> x[3] > 0).count(), acc.size());
                        page.close();
                    }
                }
            }
        }
    }

    /**
     * Opens the story: {first byte, view response, marks present, built, marks, DOM elements, with shadow roots, the
     * browser main thread's task, script, style and layout time, first screen usable}, in ms (counts as counted).
     */
    private static double[] open(Page page, App app, String language) {
        page.setDefaultTimeout(TIMEOUT_MS);
        long[] story = app.stories().get(language);
        // the browser's main-thread time by kind (Chromium's own counters, for this page)
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Performance.enable");
        page.navigate(app.base() + "/story/" + story[0], new Page.NavigateOptions()
                .setWaitUntil(WaitUntilState.COMMIT).setTimeout(TIMEOUT_MS));
        // the first screen usable: the text's first marks drawn, the suggestions listed (their buttons drawn), and the
        // Vaadin client waiting for no response
        double firstAt = ((Number) page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                      ? Object.values(window.Vaadin.Flow.clients) : [];
                  const button = document.querySelector('.suggestion-item vaadin-button');
                  return document.querySelector('.highlighted-text .text-block .mark') && button && button.shadowRoot
                      && clients.length && !clients.some(c => c.isActive()) ? performance.now() : 0;
                }""", null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS).setPollingInterval(20))
                .jsonValue()).doubleValue();
        // the marks: nearly one per suggestion (a suggestion another one covers whole shows none)
        double marksAt = ((Number) page.waitForFunction("n => document.querySelectorAll('.highlighted-text .mark')"
                + ".length >= n ? performance.now() : 0", (int) (story[1] * 0.95),
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS).setPollingInterval(20)).jsonValue())
                .doubleValue();
        page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(TIMEOUT_MS));
        @SuppressWarnings("unchecked")
        List<Number> timing = (List<Number>) page.evaluate("""
                () => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const resources = performance.getEntriesByType('resource');
                  const init = resources.find(e => e.name.includes('v-r=init'));
                  const lastEnd = Math.max(nav.responseEnd, ...resources.map(e => e.responseEnd));
                  const deep = root => {
                    let n = 0;
                    for (const e of root.querySelectorAll('*')) {
                      n++;
                      if (e.shadowRoot) n += deep(e.shadowRoot);
                    }
                    return n;
                  };
                  return [nav.responseStart, init ? init.responseEnd : nav.responseEnd, lastEnd,
                          document.querySelectorAll('.highlighted-text .mark').length,
                          document.querySelectorAll('*').length, deep(document)];
                }""");
        Map<String, Double> metrics = new LinkedHashMap<>();
        cdp.send("Performance.getMetrics").getAsJsonArray("metrics").forEach(m -> metrics.put(
                m.getAsJsonObject().get("name").getAsString(), m.getAsJsonObject().get("value").getAsDouble()));
        cdp.detach();
        return new double[] {timing.get(0).doubleValue(), timing.get(1).doubleValue(), marksAt,
                Math.max(marksAt, timing.get(2).doubleValue()), timing.get(3).doubleValue(),
                timing.get(4).doubleValue(), timing.get(5).doubleValue(),
                1000 * metrics.getOrDefault("TaskDuration", -0.001), 1000 * metrics.getOrDefault("ScriptDuration", -0.001),
                1000 * metrics.getOrDefault("RecalcStyleDuration", -0.001),
                1000 * metrics.getOrDefault("LayoutDuration", -0.001), firstAt};
    }

    /** Accepts the first suggestion listed: {click to UI updated, the UIDL request's time}, in ms. */
    private static double[] accept(Page page) {
        page.locator("vaadin-tab[data-list=suggestions]").click();
        page.locator(".suggestion-item").first().waitFor();
        @SuppressWarnings("unchecked")
        List<Number> result = (List<Number>) page.evaluate("""
                async () => {
                  const item = document.querySelector('.suggestion-item');
                  const id = item.dataset.suggestionId;
                  const words = document.querySelector('.highlighted-text [data-mark-id="-' + id + '"]').textContent;
                  const button = item.querySelector('vaadin-button');
                  const clients = () => Object.values(window.Vaadin.Flow.clients);
                  const done = () => !document.querySelector('[data-suggestion-id="' + id + '"]')
                      && !document.querySelector('.highlighted-text [data-mark-id="-' + id + '"]')
                      && [...document.querySelectorAll('.highlighted-text .mark:not(.suggestion)')]
                          .some(m => m.textContent === words)
                      && !clients().some(c => c.isActive());
                  performance.clearResourceTimings();
                  const t0 = performance.now();
                  button.click();
                  const deadline = t0 + 600000;
                  while (!done()) {
                    if (performance.now() > deadline) throw new Error('not updated after 10 minutes');
                    await new Promise(r => setTimeout(r, 2));
                  }
                  const t1 = performance.now();
                  const uidl = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'));
                  // then the new figure's standing: its mark coloured by a status (not "being assessed")
                  const figure = [...document.querySelectorAll('.highlighted-text .mark:not(.suggestion)')]
                      .find(m => m.textContent === words);
                  const markId = figure ? figure.dataset.markId : null;
                  const standing = () => {
                    const m = markId && document.querySelector('.highlighted-text [data-mark-id="' + markId + '"]');
                    return m && /(^| )status-(?!pending)/.test(m.className);
                  };
                  const pending = !standing();
                  const until = performance.now() + 120000;
                  while (!standing()) {
                    if (performance.now() > until) return [t1 - t0, uidl.length ? uidl[0].duration : -1, -1, 1];
                    await new Promise(r => setTimeout(r, 5));
                  }
                  return [t1 - t0, uidl.length ? uidl[0].duration : -1, performance.now() - t0, pending ? 1 : 0];
                }""");
        return new double[] {result.get(0).doubleValue(), result.get(1).doubleValue(), result.get(2).doubleValue(),
                result.get(3).doubleValue()};
    }

    private static void login(BrowserContext context, App app) {
        Page page = context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        page.navigate(app.base() + "/login");
        page.locator("input[name=username]").fill("factchecker");
        page.locator("input[name=password]").fill("factchecker-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.close();
    }

    /** "p50 ms / max ms" of one column. */
    private static String stat(List<double[]> runs, int column) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return String.format(Locale.ROOT, "%.0f / %.0f ms", values[(values.length - 1) / 2], values[values.length - 1]);
    }

    /** A story of news sentences, one figure each, five a paragraph, up to {@link #BYTES} in UTF-8. */
    static String storyText(String language, SplittableRandom random) {
        String[] templates = language.equals("fr") ? FR : EN;
        String[] places = language.equals("fr") ? FR_PLACES : EN_PLACES;
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        int sentences = 0;
        while (true) {
            int n = random.nextInt(10) < 8 ? 2 + random.nextInt(998) : 1_000 + random.nextInt(99_000);
            String number = n < 1_000 ? String.valueOf(n)
                    : language.equals("fr") ? String.format(Locale.ROOT, "%d\u202F%03d", n / 1000, n % 1000)
                    : String.format(Locale.ROOT, "%d,%03d", n / 1000, n % 1000);
            String sentence = templates[random.nextInt(templates.length)]
                    .replace("%P", places[random.nextInt(places.length)]).replace("%N", number);
            String separator = sentences == 0 ? "" : sentences % 5 == 0 ? "\n\n" : " ";
            int more = (separator + sentence).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + more > BYTES) {
                return text.toString();
            }
            text.append(separator).append(sentence);
            bytes += more;
            sentences++;
        }
    }

    private static void createStory(App app, String language) throws Exception {
        String text = storyText(language, new SplittableRandom(14 + language.hashCode()));
        JsonMapper json = JsonMapper.builder().build();
        String body = json.writeValueAsString(Map.of("title", "Large story " + language + " " + System.nanoTime(),
                "language", language, "text", text));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/stories"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("story not created: " + answer.statusCode() + " " + answer.body());
        }
        JsonNode created = json.readTree(answer.body());
        long id = created.get("id").asLong();
        long suggestions = created.get("suggestions").size();
        app.stories().put(language, new long[] {id, suggestions, text.getBytes(StandardCharsets.UTF_8).length,
                millis});
        System.out.printf(Locale.ROOT, "%s: story %d in %s, %,d bytes, %,d suggestions, created in %.1f s%n",
                app.label(), id, language, text.getBytes(StandardCharsets.UTF_8).length, suggestions, millis / 1000.0);
    }

    private static App start(String label, Path jar, int port, String db) throws Exception {
        psql("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        psql("CREATE DATABASE " + db);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Path.of("target", "large-story-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx1g"));
        // e.g. -Dbench.large.jvm=-XX:StartFlightRecording=filename=target/app.jfr,settings=profile (%p: the port)
        Arrays.stream(System.getProperty("jvm", "").split(" ")).filter(a -> !a.isBlank())
                .map(a -> a.replace("%p", String.valueOf(port))).forEach(command::add);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + db,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--corroborate.demo.enabled=true", "--corroborate.feeds.enabled=false"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.printf(Locale.ROOT, "%s: %s on port %d (log %s)%n", label, jar, port, log);
        return new App(label, jar, port, db, process, log, new LinkedHashMap<>());
    }

    private static Path newestJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("corroborate-.*\\.jar"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no target/corroborate-*.jar: package first"));
        }
    }

    private static void waitUntilReady(App app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20); // a loaded machine starts slowly
        while (System.nanoTime() < deadline) {
            if (!app.process().isAlive()) {
                throw new IllegalStateException("the app stopped; see " + app.log());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(app.base() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("not ready after 20 minutes; see " + app.log());
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip() + " (" + Runtime.getRuntime().availableProcessors()
                + " cores)";
    }

    private static void psql(String sql) throws Exception {
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", sql)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql: " + out);
        }
    }
}
