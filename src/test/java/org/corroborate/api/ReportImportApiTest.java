package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.Unique;
import org.corroborate.base.work.UserActivity;
import org.corroborate.report.ReportImportService;
import org.corroborate.security.ApiTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/reports/import over real HTTP, as the README's curl example does it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportImportApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserActivity activity;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String unique = Unique.letters();

    private String line(String title, String text) {
        return "{\"title\": \"" + title + " " + unique + "\", \"publisherKey\": \"afp\", \"publishedAt\": "
                + "\"2019-12-26T08:00:00Z\", \"language\": \"en\", \"text\": \"" + text + " " + unique + ".\"}";
    }

    @Test
    void aJsonLinesBodyIsImportedAndAnsweredWithCountsAndTheRejectedLines() throws Exception {
        String body = String.join("\n", line("Idlib one", "More than 300 civilians fled, the Observatory said"),
                "not json", line("Idlib two", "At least 12 people were killed in Maaret al-Noomane"),
                "{\"title\": \"no text\", \"publisherKey\": \"afp\"}") + "\n";

        HttpResponse<String> response = post("application/x-ndjson", ApiClient.DEMO_TOKEN, body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("read").asInt()).isEqualTo(4);
        assertThat(summary.get("stored").asInt()).isEqualTo(2);
        assertThat(summary.get("rejected").asInt()).isEqualTo(2);
        assertThat(summary.get("errors").valueStream().map(e -> e.get("line").asInt() + ": " + e.get("reason").asString()))
                .containsExactly("2: The line is not valid JSON from column 1: \u201cnot json\u201d.",
                        "4: The fields 'publishedAt', 'language', 'text' are required.");
        assertThat(jdbc.queryForList("select a.quote from assertion a join report r on r.id = a.report_id "
                + "where r.title like ? order by r.title", String.class, "%" + unique))
                .containsExactly("More than 300", "At least 12");
    }

    /** An import paces itself while people use the instance; its own requests are not people (UserActivity). */
    @Test
    void anImportIsNotSomeoneUsingTheAppAReadIs() throws Exception {
        long beforeImport = System.nanoTime();
        HttpResponse<String> imported = post("application/x-ndjson", ApiClient.DEMO_TOKEN,
                (line("Pace", "About 40 families were evacuated") + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(activity.lastSeenNanos()).as("the import's request").isLessThan(beforeImport);

        long beforeRead = System.nanoTime();
        assertThat(new ApiClient(port).get("/api/v1/stories", ApiClient.DEMO_TOKEN).statusCode()).isEqualTo(200);
        assertThat(activity.lastSeenNanos()).as("a read").isGreaterThanOrEqualTo(beforeRead);
        assertThat(activity.active()).isTrue();
    }

    @Test
    void aMultipartFileIsImportedTheSameWay() throws Exception {
        String boundary = "----import" + unique;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wire.jsonl\"\r\n"
                + "Content-Type: application/jsonl\r\n\r\n" + line("Wire", "Nearly 80 villages were taken") + "\n\r\n--"
                + boundary + "--\r\n";

        HttpResponse<String> response = post("multipart/form-data; boundary=" + boundary, ApiClient.DEMO_TOKEN,
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("stored").asInt()).isEqualTo(1);
    }

    @Test
    void aBodyOverTheLimitIsA413AndStoresNothing() throws Exception {
        StringBuilder body = new StringBuilder(line("Big", "About 260 were killed")).append('\n');
        body.append(" ".repeat(ReportImportService.MAX_BYTES));

        HttpResponse<String> response = post("application/x-ndjson", ApiClient.DEMO_TOKEN,
                body.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(count()).isZero();
    }

    @Test
    void aViewerIsRefusedWith403AndNothingIsStored() throws Exception {
        HttpResponse<String> response = post("application/x-ndjson", tokenOf("viewer", "VIEWER"),
                line("Viewer", "About 260 were killed").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(count()).isZero();
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        HttpResponse<String> response = post("application/x-ndjson", null,
                line("Anonymous", "About 260 were killed").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(count()).isZero();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from report where title like ?", Long.class, "%" + unique);
    }

    private HttpResponse<String> post(String contentType, String token, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/reports/import")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String tokenOf(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return tokens.create("import test");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
