package org.corroborate.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.demo.DemoScenario;

/**
 * Retained heap per open story UI in production mode: starts the production jar (demo data, on a fresh database
 * of the local PostgreSQL), opens real headless Chromium pages against it, each in its own browser context (its
 * own session), logged in with the seed story open, and after each step forces full GCs in the server
 * ({@code jcmd GC.run}) and reads its used heap ({@code jcmd GC.heap_info}). Reports (heap after N − heap after 0)
 * / N for two values of N, and the classes whose instances grew most between 0 and the larger N
 * ({@code jcmd GC.class_histogram}).
 *
 * <p>Run (after {@code ./mvnw -Pproduction -DskipTests package}):
 * {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@memory} [-Dbench.memory.small=5
 * -Dbench.memory.large=20 -Dbench.memory.port=8097 -Dbench.memory.db=corroborate_memory -Dbench.memory.jar=PATH
 * -Dbench.memory.dump=PATH] (the database is dropped and created again; the jar is by default the newest
 * {@code target/corroborate-*.jar}; with a dump path, the server's live heap is written there at the larger N, to
 * see who holds what).
 */
public final class MemoryPerUiBenchmark {

    private static final int SMALL = Integer.getInteger("small", 5);
    private static final int LARGE = Integer.getInteger("large", 20);
    private static final int PORT = Integer.getInteger("port", 8097);
    private static final String DB = System.getProperty("db", "corroborate_memory");
    private static final String JAR = System.getProperty("jar", "");
    /** Where to write a heap dump of the server at the larger N (live objects only); empty: none. */
    private static final String DUMP = System.getProperty("dump", "");
    /** Classes whose instance counts per UI tell how big the component tree and the session are. */
    private static final List<String> COUNTED = List.of("com.vaadin.flow.component.UI",
            "com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.internal.StateNode",
            "com.vaadin.flow.dom.Element", "com.vaadin.flow.internal.nodefeature.ElementListenerMap");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private MemoryPerUiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = jar();
        System.out.println("jar: " + jar + ", database: " + DB + ", port: " + PORT);
        psql("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
        psql("CREATE DATABASE " + DB);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Path.of("target", "memory-per-ui.log");
        Process app = new ProcessBuilder(javaBin, "-Xmx768m", "-jar", jar.toString(), "--server.port=" + PORT,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DB,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--corroborate.demo.enabled=true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://127.0.0.1:" + PORT;
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            waitUntilReady(base, app, log);
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true);
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                launch.setExecutablePath(Path.of("/usr/bin/chromium"));
            }
            try (Browser browser = playwright.chromium().launch(launch)) {
                // one page first and closed again: the classes, caches and pools any first user brings
                BrowserContext warm = browser.newContext();
                openSeedStory(warm.newPage(), base);
                warm.close();
                long pid = app.pid();
                long heap0 = usedHeapAfterFullGc(pid);
                Map<String, long[]> histogram0 = histogram(pid);
                long rss0 = residentKb(pid);
                System.out.printf("N = 0: %.1f MB (resident %.1f MB)%n", heap0 / 1024.0, rss0 / 1024.0);
                List<BrowserContext> open = new ArrayList<>();
                long heapSmall = 0;
                for (int target : List.of(SMALL, LARGE)) {
                    while (open.size() < target) {
                        BrowserContext context = browser.newContext();
                        openSeedStory(context.newPage(), base);
                        open.add(context);
                    }
                    long heap = usedHeapAfterFullGc(pid);
                    if (target == SMALL) {
                        heapSmall = heap;
                    }
                    long rss = residentKb(pid);
                    System.out.printf("N = %d: %.1f MB, %.0f KB per UI (resident %.1f MB, %.0f KB per UI)%n", target,
                            heap / 1024.0, (heap - heap0) / (double) target, rss / 1024.0,
                            (rss - rss0) / (double) target);
                }
                long heapLarge = usedHeapAfterFullGc(pid);
                if (!DUMP.isBlank()) {
                    Path dump = Path.of(DUMP).toAbsolutePath();
                    Files.deleteIfExists(dump);
                    jcmd(pid, "GC.heap_dump " + dump);
                    System.out.println("heap dump at N = " + LARGE + ": " + dump);
                }
                System.out.printf("from N = %d to %d: %.0f KB per UI%n", SMALL, LARGE,
                        (heapLarge - heapSmall) / (double) (LARGE - SMALL));
                Map<String, long[]> histogramLarge = histogram(pid);
                printGrowth(histogram0, histogramLarge, LARGE);
                System.out.printf("Instances per UI from N = 0 to N = %d:%n", LARGE);
                for (String counted : COUNTED) {
                    System.out.printf("  %8.1f  %s%n", (histogramLarge.getOrDefault(counted, new long[2])[0]
                            - histogram0.getOrDefault(counted, new long[2])[0]) / (double) LARGE, counted);
                }
            }
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static Path jar() throws IOException {
        if (!JAR.isBlank()) {
            return Path.of(JAR);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("corroborate-.*\\.jar"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no target/corroborate-*.jar: package first"));
        }
    }

    private static void openSeedStory(Page page, String base) {
        page.setDefaultTimeout(180_000); // heap does not depend on speed: a loaded machine may be slow
        page.setViewportSize(1366, 768);
        try {
            openSeedStoryIn(page, base);
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "memory-per-ui-failed.png")));
            throw e;
        }
    }

    private static void openSeedStoryIn(Page page, String base) {
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill("factchecker");
        page.locator("input[name=password]").fill("factchecker-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.getByText(DemoScenario.SEED_TITLE).first().click();
        page.waitForURL(url -> url.contains("/story/"));
        page.locator(".highlighted-text .mark").first().waitFor();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    private static void waitUntilReady(String base, Process app, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // a fresh database is migrated and filled with the demo data first: minutes on a loaded machine
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("not ready after 20 minutes; see " + log);
    }

    private static long usedHeapAfterFullGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no used heap in GC.heap_info");
        }
        return Long.parseLong(used.group(1));
    }

    /**
     * The server's resident memory (VmRSS, Linux): heap, but also what the heap does not show, such as native
     * buffers and compressors per connection. Noisier than the heap (the JVM keeps pages it once used).
     */
    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    /** Class name → {instances, bytes}. */
    private static Map<String, long[]> histogram(long pid) throws Exception {
        Map<String, long[]> classes = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int uis) {
        System.out.printf("Largest growth from N = 0 to N = %d (shallow size; per UI):%n", uis);
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(e -> System.out.printf("  %8.1f KB  %7d instances  %s%n",
                        e.getValue()[1] / 1024.0 / uis, e.getValue()[0] / uis, e.getKey()));
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + ": " + out);
        }
        return out;
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
