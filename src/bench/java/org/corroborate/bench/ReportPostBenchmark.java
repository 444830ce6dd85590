package org.corroborate.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.corroborate.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/reports} with 100, 1 000 and 10 000 numbers in the text, over real HTTP with the demo
 * fact-checker's token, on a throw-away embedded PostgreSQL with the demo data (or SPRING_DATASOURCE_URL). Each
 * size is posted several times (a new text each time); the table gives the fastest, the median and the slowest.
 * Then a 10 000-number report is posted and, while it is being stored, three 100-number reports: how long each
 * small one took and whether it finished before the large one (it waits on the large one when adding a report
 * holds a lock for its whole transaction). Last, how long after the large report's answer the standings queue
 * was empty (when there is one).
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@post}
 */
public final class ReportPostBenchmark {

    private static final String TOKEN = "demo-fact-checker-token";
    private static final String[] PLACES = {"Idleb", "Alep", "Hama", "Maaret al-Noomane", "Saraqeb",
            "Jisr al-Choughour", "Khan Cheikhoun", "Ariha", "Kafranbel", "Lattaquié"};
    private static final String[] FIGURES = {"au moins %d civils ont été tués", "plus de %d combattants ont péri",
            "environ %d personnes ont fui", "%d frappes aériennes ont visé la région", "%d enfants ont été blessés",
            "%d maisons ont été détruites"};
    private static final String[] SOURCES = {"selon l'OSDH", "selon l'ONU", "d'après l'Unicef", "a indiqué l'OCHA"};

    private ReportPostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {100, 1_000, 10_000};
        int[] runs = {Integer.getInteger("runs.small", 7), Integer.getInteger("runs.medium", 5),
                Integer.getInteger("runs.large", 3)};
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--corroborate.demo.enabled=true", "--corroborate.database.ephemeral=true", "--server.port=0",
                        "--corroborate.feeds.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            SplittableRandom random = new SplittableRandom(14);
            int[] serial = {0};

            for (int i = 0; i < 3; i++) { // warm-up
                post(http, port, report(random, "warm-" + serial[0]++, 1_000));
            }
            System.out.println("| numbers | text | runs | fastest | median | slowest |");
            System.out.println("|---|---|---|---|---|---|");
            for (int s = 0; s < sizes.length; s++) {
                List<Double> seconds = new ArrayList<>();
                int bytes = 0;
                for (int r = 0; r < runs[s]; r++) {
                    String body = report(random, "run-" + serial[0]++, sizes[s]);
                    bytes = body.length();
                    seconds.add(post(http, port, body));
                    drained(jdbc);
                }
                Collections.sort(seconds);
                System.out.printf(Locale.ROOT, "| %,d | %,d kB | %d | %.2f s | %.2f s | %.2f s |%n", sizes[s],
                        bytes / 1024, runs[s], seconds.getFirst(), seconds.get(seconds.size() / 2), seconds.getLast());
            }

            String large = report(random, "large-" + serial[0]++, 10_000);
            long start = System.nanoTime();
            CompletableFuture<Double> big = CompletableFuture.supplyAsync(() -> {
                try {
                    return post(http, port, large);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1_500); // the large report is being read and stored
            for (int i = 0; i < 3; i++) {
                double small = post(http, port, report(random, "beside-" + serial[0]++, 100));
                System.out.printf(Locale.ROOT, "100 numbers beside a 10 000-number post: %.2f s, %s%n", small,
                        big.isDone() ? "after the large one finished" : "while the large one was still running");
            }
            double bigSeconds = big.join();
            long answered = System.nanoTime();
            drained(jdbc);
            System.out.printf(Locale.ROOT, "The 10 000-number post itself: %.2f s; standings queue empty %.2f s after "
                    + "its answer (%.2f s after it was sent)%n", bigSeconds, (System.nanoTime() - answered) / 1e9,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** Waits until the background standings work (if the version has a queue) is done. */
    private static void drained(JdbcTemplate jdbc) throws InterruptedException {
        boolean queue = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from information_schema.tables where table_name = 'standing_work')",
                Boolean.class));
        while (queue && jdbc.queryForObject("select count(*) from standing_work", Long.class) > 0) {
            Thread.sleep(100);
        }
    }

    private static double post(HttpClient http, int port, String json) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/reports")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body().substring(0,
                    Math.min(500, response.body().length())));
        }
        return seconds;
    }

    /** A wire report in French stating {@code numbers} figures, one a sentence, unique by {@code tag}. */
    private static String report(SplittableRandom random, String tag, int numbers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < numbers; i++) {
            String place = PLACES[random.nextInt(PLACES.length)];
            String figure = String.format(Locale.ROOT, FIGURES[random.nextInt(FIGURES.length)], 2 + random.nextInt(900));
            text.append("À ").append(place).append(", ").append(figure).append(", ")
                    .append(SOURCES[random.nextInt(SOURCES.length)]).append(". ");
            if (i % 8 == 7) {
                text.append("\n\n");
            }
        }
        text.append("Dépêche ").append(tag).append('.');
        var report = new LinkedHashMap<String, Object>();
        report.put("title", "Syrie : bilan " + tag);
        report.put("publisherKey", "afp");
        report.put("publishedAt", Instant.parse("2019-12-20T10:00:00Z").plusSeconds(random.nextInt(86_400 * 20))
                .toString());
        report.put("language", "fr");
        report.put("text", text.toString());
        return JsonMapper.builder().build().writeValueAsString(report);
    }
}
