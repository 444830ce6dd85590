package org.corroborate.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.corroborate.Application;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feed import throughput and WARC size per report: an RSS feed of {@code -Ditems} articles served from this
 * machine (the 20 saved test pages, each copy made unique), read by {@link FeedRunner} run after run until no
 * item is new: per item, the page fetched over HTTP (safety checks included), read (Readability, metadata),
 * archived as WARC, then imported in batches (checks, extraction, duplicate checks, standings). Boots the app
 * on a throw-away embedded PostgreSQL with the demo data; a warm-up feed of 40 items runs first.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@feeds} ({@code -Dbench.feed.items=400})
 */
public final class FeedBenchmark {

    static final int ITEMS = Integer.getInteger("items", 200);

    private FeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> pages = savedPages(Path.of(System.getProperty("pages", "src/test/resources/ingest/pages")));
        Map<String, byte[]> site = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon(true).factory()));
        server.createContext("/", exchange -> {
            byte[] body = site.get(exchange.getRequestURI().getPath());
            try (exchange) {
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", exchange.getRequestURI().getPath().endsWith(".xml")
                        ? "application/rss+xml" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--corroborate.demo.enabled=true", "--corroborate.database.ephemeral=true", "--server.port=0",
                        "--corroborate.feeds.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            SystemAuthentication system = app.getBean(SystemAuthentication.class);
            FetchSettings settings = app.getBean(FetchSettings.class);
            FeedService feeds = app.getBean(FeedService.class);
            FeedRunner runner = app.getBean(FeedRunner.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long afp = system.call(() -> app.getBean(SourceService.class).findByKey("afp").orElseThrow().getId());
            system.run(() -> settings.allow(List.of("127.0.0.0/8"), settings.allowed().version()));

            publish(site, pages, "warm", 40, base);
            long warm = system.call(() -> feeds.register(new FeedDraft(base + "/warm.xml", null, afp, null, 60)));
            drain(system, runner, warm);

            publish(site, pages, "run", ITEMS, base);
            long feed = system.call(() -> feeds.register(new FeedDraft(base + "/run.xml", null, afp, null, 60)));
            long t0 = System.nanoTime();
            int runs = drain(system, runner, feed);
            double seconds = (System.nanoTime() - t0) / 1e9;

            Map<String, Object> sizes = jdbc.queryForMap("""
                    select count(*) as reports, avg(a.payload_length) as payload, avg(octet_length(a.warc)) as warc,
                           max(octet_length(a.warc)) as max_warc, avg(length(r.body)) as text,
                           (select count(*) from assertion s join feed_item i on i.report_id = s.report_id
                            where i.feed_id = ?) as assertions
                    from feed_item i join report r on r.id = i.report_id join archived_copy a on a.id = r.archive_id
                    where i.feed_id = ? and i.outcome = 'IMPORTED'""", feed, feed);
            long reports = ((Number) sizes.get("reports")).longValue();
            System.out.printf(Locale.ROOT, "Feed of %d items, %d runs of at most %d items: %d reports, %d assertions "
                    + "in %.2f s = %.1f reports/s%n", ITEMS, runs, FeedRunner.ITEMS_PER_RUN, reports,
                    ((Number) sizes.get("assertions")).longValue(), seconds, reports / seconds);
            System.out.printf(Locale.ROOT, "Per report: page %.1f kB, WARC %.1f kB (gzip; largest %.1f kB), "
                    + "text kept %.1f kB%n", num(sizes, "payload") / 1024, num(sizes, "warc") / 1024,
                    num(sizes, "max_warc") / 1024, num(sizes, "text") / 1024);
        } finally {
            server.stop(0);
        }
    }

    private static int drain(SystemAuthentication system, FeedRunner runner, long feed) {
        int runs = 0;
        while (system.call(() -> runner.run(feed)) > 0) {
            runs++;
        }
        return runs + 1;
    }

    private static void publish(Map<String, byte[]> site, List<String> pages, String run, int items, String base) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Bench " + run + "</title><link>" + base + "</link><description>bench</description>");
        for (int i = 0; i < items; i++) {
            String path = "/" + run + "/" + i;
            String page = pages.get(i % pages.size());
            // Each copy's first paragraph gets words of its own, so no two items share a text fingerprint.
            site.put(path, unique(page, run + " copy " + words(i)).getBytes(StandardCharsets.UTF_8));
            rss.append("<item><title>").append(run).append(' ').append(i).append("</title><link>").append(base)
                    .append(path).append("</link><guid>").append(run).append('-').append(i).append("</guid></item>");
        }
        site.put("/" + run + ".xml", rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The page with words of its own after its article's first paragraph (as its reference text has it). */
    private static String unique(String page, String words) {
        String[] parts = page.split("\u0000", 2);
        String first = parts[1].split("\n\n")[0].strip().replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
        if (!parts[0].contains(first)) {
            throw new IllegalStateException("The article's first paragraph is not in the page");
        }
        return parts[0].replace(first, first + " (" + words + ")");
    }

    /** A number as letters ("bcd"): no figure for the extraction to find in it. */
    private static String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int v = n + 1; v > 0; v /= 20) {
            s.append((char) ('a' + v % 20));
        }
        return s.toString();
    }

    private static List<String> savedPages(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> pages = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                // The page and its reference text (.txt), for unique() to find the article in the page.
                pages.add(Files.readString(f) + "\u0000"
                        + Files.readString(f.resolveSibling(f.getFileName().toString().replace(".html", ".txt"))));
            }
            return pages;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static double num(Map<String, Object> row, String key) {
        return row.get(key) == null ? 0 : ((Number) row.get(key)).doubleValue();
    }
}
