package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.corroborate.demo.DemoScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Two production nodes behind HAProxy on one PostgreSQL, started by {@code deploy/run-two-nodes.sh} exactly
 * as an operator would (separate JVMs from the production jar, {@code deploy/haproxy.cfg}), driven by two
 * people in two browsers through the balancer. The balancer puts them on different nodes; a comment each
 * sends appears live on the other's page (PostgreSQL LISTEN/NOTIFY between the JVMs); then the editor's node
 * is killed: the balancer's health check takes it out, the fact-checker on the other node keeps working, the
 * editor is sent to the surviving node and asked to log in again, and everything saved is still there.
 *
 * <p>Runs in profile {@code two-nodes} ({@code ./mvnw verify -Pproduction,two-nodes}; needs {@code haproxy}).
 * Every wait is for a condition, with a timeout; nothing is timed.
 */
class TwoNodesIT {

    private static final Duration START = Duration.ofMinutes(10);
    private static final Duration CHECK = Duration.ofSeconds(60);
    /** How long a live change may take to show on the other node; generous, as the machine may be loaded. */
    private static final double LIVE = 15_000;

    private static final Path ROOT = Path.of(System.getProperty("corroborate.root", ".")).toAbsolutePath();
    private static final Path RUN_DIR = ROOT.resolve("target/two-nodes-it");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedPostgres postgres;
    private static BrowserSession browser;
    private static Map<String, String> env;
    private static String balancer;
    private static int statsPort;

    @BeforeAll
    static void startTwoNodesAndTheBalancer() throws Exception {
        FileSystemUtils.deleteRecursively(RUN_DIR);
        Files.createDirectories(RUN_DIR);
        postgres = EmbeddedPostgres.builder().start();
        int balancerPort = freePort();
        statsPort = freePort();
        balancer = "http://127.0.0.1:" + balancerPort;
        env = Map.ofEntries(
                Map.entry("JAVA_HOME", System.getProperty("java.home")),
                Map.entry("CORROBORATE_JAR", System.getProperty("corroborate.jar",
                        ROOT.resolve("target/corroborate-0.1.0-SNAPSHOT.jar").toString())),
                Map.entry("RUN_DIR", RUN_DIR.toString()),
                Map.entry("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres")),
                Map.entry("SPRING_DATASOURCE_USERNAME", "postgres"),
                Map.entry("SPRING_DATASOURCE_PASSWORD", ""),
                Map.entry("BALANCER_PORT", String.valueOf(balancerPort)),
                Map.entry("NODE1_PORT", String.valueOf(freePort())),
                Map.entry("NODE2_PORT", String.valueOf(freePort())),
                Map.entry("STATS_PORT", String.valueOf(statsPort)),
                Map.entry("CORROBORATE_DEMO", "true"),
                // the AOT training run would add a third start; docs/benchmarks.md measures it instead
                Map.entry("AOT_CACHE", "off"),
                Map.entry("JAVA_OPTS", "-Xmx512m"));
        int exit = script("start", START);
        if (exit != 0) {
            fail("deploy/run-two-nodes.sh start failed (" + exit + "):\n" + logs());
        }
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            script("stop", Duration.ofMinutes(2));
        } finally {
            for (String name : List.of("haproxy", "node1", "node2")) {
                pid(name).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void changesCrossNodesLiveAndTheSurvivorTakesOverTheUsersOfAKilledNode() throws Exception {
        Page editor = loggedIn("editor", "editor-demo");
        String editorsNode = nodeOf(editor);
        Page factchecker = loggedInOnAnotherNodeThan(editorsNode, "factchecker", "factchecker-demo");
        String factcheckersNode = nodeOf(factchecker);
        assertThat(factcheckersNode).isNotEqualTo(editorsNode);
        assertThat(servedBy(editor)).isEqualTo(editorsNode);
        assertThat(servedBy(factchecker)).isEqualTo(factcheckersNode);

        String storyPath = openSeedStory(editor);
        factchecker.navigate(balancer + storyPath);
        Locator editorsThread = storyThread(editor);
        Locator factcheckersThread = storyThread(factchecker);

        String fromFactchecker = "Le bilan de l'OSDH est-il confirmé par une autre source ? " + UUID.randomUUID();
        send(factchecker, fromFactchecker);
        shows(editorsThread, fromFactchecker);
        String fromEditor = "Checked against the Reuters wire, the toll stands. " + UUID.randomUUID();
        send(editor, fromEditor);
        shows(factcheckersThread, fromEditor);

        kill(editorsNode);
        waitUntil(() -> balancerSays(editorsNode, "DOWN"), CHECK, "the balancer to mark " + editorsNode + " DOWN");

        String afterCrash = "Toujours là après la panne : " + UUID.randomUUID();
        send(factchecker, afterCrash);
        shows(factcheckersThread, afterCrash);
        assertThat(nodeOf(factchecker)).isEqualTo(factcheckersNode);

        // The editor's next click reaches the surviving node, which has no session for them: log in again.
        // (The page may have left the story by itself already, when its push connection was lost.)
        try {
            editor.locator(".highlighted-text .mark").first().click(new Locator.ClickOptions().setTimeout(10_000));
        } catch (PlaywrightException e) {
            System.out.println("TwoNodesIT: the editor's page had left the story before the click: " + editor.url());
        }
        leaveTheSessionExpiredNoticeIfShown(editor);
        assertThat(editor.locator("input[name=username]")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(CHECK.toMillis()));
        BrowserSession.logIn(editor, balancer, "editor", "editor-demo");
        assertThat(nodeOf(editor)).isEqualTo(factcheckersNode);
        assertThat(servedBy(editor)).isEqualTo(factcheckersNode);

        editor.navigate(balancer + storyPath);
        for (String saved : List.of(fromFactchecker, fromEditor, afterCrash)) {
            shows(storyThread(editor), saved);
            assertThat(commentsWithBody(saved)).isEqualTo(1);
        }
    }

    private static Page loggedIn(String username, String password) {
        Page page = browser.newPage();
        BrowserSession.logIn(page, balancer, username, password);
        return page;
    }

    /**
     * Logs in, in a fresh browser, until the balancer puts this person on another node. Round robin does so at
     * the first try; a few more are allowed in case some other request came in between.
     */
    private static Page loggedInOnAnotherNodeThan(String node, String username, String password) {
        for (int attempt = 0; attempt < 4; attempt++) {
            Page page = loggedIn(username, password);
            if (!nodeOf(page).equals(node)) {
                return page;
            }
            page.context().close();
        }
        return fail("the balancer put every new browser on " + node);
    }

    /** The node the balancer binds this browser to: its sticky cookie. */
    private static String nodeOf(Page page) {
        return page.context().cookies(balancer).stream().filter(c -> c.name.equals("CORROBORATE_NODE"))
                .map(c -> c.value).findFirst().orElseGet(() -> fail("no CORROBORATE_NODE cookie: "
                        + page.context().cookies(balancer).stream().map(c -> c.name).toList()));
    }

    /** The node that answers this browser's next request (the balancer names it in a header). */
    private static String servedBy(Page page) {
        String node = page.context().request().get(balancer + "/actuator/health/readiness")
                .headers().get("x-corroborate-node");
        return node == null ? fail("no X-Corroborate-Node header") : node;
    }

    private static String openSeedStory(Page page) {
        page.getByText(DemoScenario.SEED_TITLE).first().click();
        page.waitForURL(url -> url.contains("/story/"));
        return URI.create(page.url()).getPath();
    }

    /** The story's comments: under its text, behind the third of the story's tabs. */
    private static Locator storyThread(Page page) {
        page.locator(".story-lists vaadin-tab[data-list=comments]").click();
        Locator thread = page.locator(".comment-thread .comment-list").first();
        thread.waitFor();
        return thread;
    }

    /** Waits until the thread shows a comment with this text. */
    private static void shows(Locator thread, String text) {
        assertThat(thread.locator(".comment-body", new Locator.LocatorOptions().setHasText(text))).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(LIVE));
    }

    private static void send(Page page, String text) {
        page.locator(".comment-thread .comment-editor vaadin-text-area textarea").first().fill(text);
        page.locator(".comment-thread .comment-editor .comment-send").first().click();
    }

    /**
     * Vaadin's client may first say that the session expired (a notice to click); clicking it reloads the page,
     * as a person would. Either way the login form comes next.
     */
    private static void leaveTheSessionExpiredNoticeIfShown(Page page) {
        Locator notice = page.locator(".v-system-error");
        Locator login = page.locator("input[name=username]");
        waitUntil(() -> notice.isVisible() || login.isVisible(), CHECK,
                "a session-expired notice or the login form after the node died");
        if (!login.isVisible() && notice.isVisible()) {
            System.out.println("TwoNodesIT: session-expired notice: " + notice.textContent());
            notice.click();
        }
    }

    private static void kill(String node) throws Exception {
        ProcessHandle process = pid(node).flatMap(ProcessHandle::of)
                .orElseGet(() -> fail(node + " is not running"));
        process.destroyForcibly();
        process.onExit().get(1, TimeUnit.MINUTES);
    }

    /** Whether HAProxy's status page (CSV) shows this server in this state. */
    private static boolean balancerSays(String node, String state) {
        try {
            HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + statsPort + "/;csv")).build(), HttpResponse.BodyHandlers.ofString());
            return csv.body().lines().map(line -> line.split(","))
                    .anyMatch(f -> f.length > 17 && f[0].equals("nodes") && f[1].equals(node) && f[17].startsWith(state));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long commentsWithBody(String body) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from comment where body = ? and not deleted")) {
            s.setString(1, body);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
        await(what).atMost(timeout).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

    private static int script(String command, Duration timeout) throws Exception {
        List<String> args = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/run-two-nodes.sh").toString(), command));
        ProcessBuilder builder = new ProcessBuilder(args).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(RUN_DIR.resolve("script.log").toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static Optional<Long> pid(String name) {
        try {
            return Optional.of(Long.parseLong(Files.readString(RUN_DIR.resolve(name + ".pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("script", "training", "node1", "node2", "haproxy")) {
            Path log = RUN_DIR.resolve(name + ".log");
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                all.append("--- ").append(name).append(".log (last lines)\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())))
                        .append('\n');
            }
        }
        return all.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
