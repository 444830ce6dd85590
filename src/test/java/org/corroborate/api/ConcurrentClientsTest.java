package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reliability suite's concurrency case: many clients share one token and work on one figure at once, linking
 * the same evidence and adding reports that make its standing be derived again. No request fails with a server
 * error or a conflict, each link exists once, every report is stored, the figure's history of evidence is a
 * complete chain, and the token's row is never rewritten under its version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentClientsTest {

    private static final String TOKEN = ApiClient.DEMO_TOKEN;
    private static final int CLIENTS = 8;

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    History history;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void clientsSharingATokenOnOneFigureNeitherFailNorLoseNorDuplicate() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long story = system.call(() -> stories.create("Concurrent clients " + run, "fr",
                "Au moins 40 civils ont été tués mardi à Idlib, selon l'Observatoire syrien des droits de l'homme."));
        long suggestion = system.call(() -> stories.suggestions(story)).getFirst().id();
        long figure = system.call(() -> stories.accept(story, suggestion, null));
        ApiClient api = new ApiClient(port);
        List<Long> assertions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> report = api.post("/api/v1/reports", TOKEN, report(run + "-" + i, 38 + i));
            assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
            long reportId = Long.parseLong(report.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
            assertions.add(jdbc.queryForObject("select min(id) from assertion where report_id = ?", Long.class,
                    reportId));
        }
        long tokenVersion = tokenVersion();

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                start.await();
                List<Long> order = new ArrayList<>(assertions);
                Collections.shuffle(order);
                for (long assertion : order) {
                    check(failures, "link " + assertion, api.post("/api/v1/figures/" + figure + "/evidence", TOKEN,
                            "{\"assertionId\": " + assertion + ", \"relation\": \"supports\"}"), 200);
                    check(failures, "figures", api.get("/api/v1/stories/" + story + "/figures", TOKEN), 200);
                }
                if (client % 2 == 0) {
                    check(failures, "report", api.post("/api/v1/reports", TOKEN,
                            report(run + "-client-" + client, 50 + client)), 201);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : clients) {
            client.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        List<Long> linked = jdbc.queryForList("select assertion_id from evidence where figure_id = ? order by 1",
                Long.class, figure);
        assertThat(linked).containsExactlyInAnyOrderElementsOf(assertions);
        assertThat(jdbc.queryForObject("select count(*) from report where title like ?", Integer.class,
                "Idlib toll " + run + "-client-%")).isEqualTo(CLIENTS / 2);

        List<HistoryEntry> changes = system.call(() -> history.figure(figure)).stream()
                .filter(e -> e.action().equals(History.EVIDENCE_CHANGED))
                .sorted(Comparator.comparing(HistoryEntry::id)).toList();
        assertThat(changes).as("one change per new link").hasSize(assertions.size());
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).before()).as("history is a chain").isEqualTo(changes.get(i - 1).after());
        }
        assertThat(changes.getLast().after().split(","))
                .containsExactlyInAnyOrderElementsOf(assertions.stream().map(a -> a + ":SUPPORTS").toList());
        assertThat(tokenVersion()).as("the token's last use never bumps its version").isEqualTo(tokenVersion);
    }

    private static void check(ConcurrentLinkedQueue<String> failures, String what, HttpResponse<String> response,
            int expected) {
        if (response.statusCode() != expected) {
            failures.add(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    private long tokenVersion() {
        return jdbc.queryForObject("select version from api_token where name = 'demo'", Long.class);
    }

    private static String report(String run, int toll) {
        return """
                {"title": "Idlib toll %1$s", "publisherKey": "afp", "publishedAt": "2019-12-24T10:00:00Z",
                 "language": "fr", "text": "Au moins %2$d civils ont été tués mardi à Idlib (%1$s), selon l'OSDH."}
                """.formatted(run, toll);
    }
}
