package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reliability suite's bad-input matrix: hostile or malformed requests through the API over real HTTP. Each
 * answers problem details with the right status (never a redirect, never HTML, never a 500), names the field
 * where one is at fault, and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = ApiClient.DEMO_TOKEN;
    private static final String JSON_TYPE = "application/json";
    private static final String STORY_TEXT = "Au moins 12 civils ont été tués mardi selon l'OSDH.";
    /** Tables a failed request must leave as they were (background work such as standings and feeds aside). */
    private static final List<String> TABLES = List.of("story", "figure", "figure_suggestion", "figure_revision",
            "report", "assertion", "assertion_via", "evidence", "archived_copy", "source", "change_log", "comment");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    record Case(String name, String method, String path, @Nullable String token, @Nullable String contentType,
            @Nullable String body, int status, @Nullable String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        String bigText = "Environ 260 morts selon l'OSDH. ".repeat(33_000);
        return Stream.of(
                story("NUL byte in a title", "\"a\\u0000b\"", "\"fr\"", json(STORY_TEXT), 422, "title"),
                story("NUL byte in a text", "\"Idlib\"", "\"fr\"", json("12 morts\u0000 selon l'OSDH"), 422, "text"),
                story("lone high surrogate in a title", "\"Idlib \\ud83d\"", "\"fr\"", json(STORY_TEXT), 422, "title"),
                story("lone low surrogate in a text", "\"Idlib\"", "\"fr\"", "\"12 morts \\udc00\"", 422, "text"),
                story("a number as a title", "123", "\"fr\"", json(STORY_TEXT), 422, "title"),
                story("a list as a language", "\"Idlib\"", "[\"fr\"]", json(STORY_TEXT), 422, "language"),
                story("text over 1 MB", "\"Idlib\"", "\"fr\"", json(bigText), 413, null),
                Arguments.of(new Case("malformed JSON", "POST", "/api/v1/stories", TOKEN, JSON_TYPE, "{\"title\": ",
                        400, null)),
                Arguments.of(new Case("plain text body", "POST", "/api/v1/stories", TOKEN, "text/plain", "Idlib",
                        415, null)),
                Arguments.of(new Case("NUL byte in q", "GET", "/api/v1/stories?q=a%00b", TOKEN, null, null, 422, "q")),
                Arguments.of(new Case("huge page and size", "GET", "/api/v1/stories?page=2147483647&size=2147483647",
                        TOKEN, null, null, 422, "page")),
                Arguments.of(new Case("size zero", "GET", "/api/v1/stories?size=0", TOKEN, null, null, 422, "size")),
                Arguments.of(new Case("size over the limit", "GET", "/api/v1/stories?size=201", TOKEN, null, null,
                        422, "size")),
                Arguments.of(new Case("negative page", "GET", "/api/v1/stories?page=-1", TOKEN, null, null, 422,
                        "page")),
                Arguments.of(new Case("page not a number", "GET", "/api/v1/stories?page=abc", TOKEN, null, null, 400,
                        null)),
                Arguments.of(new Case("story id not a number", "GET", "/api/v1/stories/abc", TOKEN, null, null, 400,
                        null)),
                Arguments.of(new Case("unknown story", "GET", "/api/v1/stories/987654321", TOKEN, null, null, 404,
                        null)),
                Arguments.of(new Case("unknown API address", "GET", "/api/v1/nothing-here", TOKEN, null, null, 404,
                        null)),
                Arguments.of(new Case("PATCH on a figure", "PATCH", "/api/v1/figures/1", TOKEN, JSON_TYPE,
                        "{}", 405, null)),
                Arguments.of(new Case("PATCH on the stories", "PATCH", "/api/v1/stories", TOKEN, JSON_TYPE, "{}", 405,
                        null)),
                Arguments.of(new Case("DELETE on a story", "DELETE", "/api/v1/stories/1", TOKEN, null, null, 405,
                        null)),
                Arguments.of(new Case("an address the firewall rejects", "GET", "/api/v1/stories/1;x=%2e%2e",
                        TOKEN, null, null, 400, null)),
                Arguments.of(new Case("no token", "POST", "/api/v1/stories", null, JSON_TYPE,
                        "{\"title\": \"Idlib\", \"language\": \"fr\", \"text\": \"12 morts\"}", 401, null)),
                Arguments.of(new Case("unknown token", "POST", "/api/v1/stories", "crb_nothing", JSON_TYPE,
                        "{\"title\": \"Idlib\", \"language\": \"fr\", \"text\": \"12 morts\"}", 401, null)),
                report("publishedAt in year 999999", "\"+999999-01-01T00:00:00Z\"", "\"Idlib\"", 422, "publishedAt"),
                report("publishedAt as a number", "12345", "\"Idlib\"", 422, "publishedAt"),
                report("publishedAt not a date", "\"hier\"", "\"Idlib\"", 422, "publishedAt"),
                report("NUL byte in a report title", "\"2019-12-24T10:00:00Z\"", "\"a\\u0000b\"", 422, "title"),
                report("a number as a report title", "\"2019-12-24T10:00:00Z\"", "42", 422, "title"),
                Arguments.of(new Case("evidence with a text as assertion", "POST", "/api/v1/figures/1/evidence", TOKEN,
                        JSON_TYPE, "{\"assertionId\": \"one\", \"relation\": \"supports\"}", 422, "assertionId")),
                Arguments.of(new Case("evidence with a NUL relation", "POST", "/api/v1/figures/1/evidence", TOKEN,
                        JSON_TYPE, "{\"assertionId\": 1, \"relation\": \"supp\\u0000orts\"}", 422, "relation")),
                Arguments.of(new Case("extraction of a number", "POST", "/api/v1/extract", TOKEN, JSON_TYPE,
                        "{\"text\": 260, \"language\": \"fr\"}", 422, "text")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithProblemDetailsAndWritesNothing(Case c) throws Exception {
        Map<String, Integer> before = counts();

        HttpResponse<String> response = new ApiClient(port).send(c.method(), c.path(), c.token(), c.contentType(),
                c.body());

        assertThat(response.statusCode()).as(c.name() + ": " + response.body()).isEqualTo(c.status());
        assertThat(response.headers().firstValue("Content-Type")).as(c.name())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Location")).as(c.name()).isEmpty();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(c.name()).isEqualTo(c.status());
        assertThat(problem.get("detail").asString()).as(c.name()).isNotBlank();
        if (c.field() != null) {
            assertThat(problem.get("fields").valueStream().map(JsonNode::asString).toList()).as(c.name())
                    .containsExactly(c.field());
            assertThat(problem.get("detail").asString()).as(c.name()).contains("'" + c.field() + "'");
        }
        assertThat(counts()).as(c.name() + ": nothing written").isEqualTo(before);
    }

    /** Walk F40: a report dated 2099 (a typo in the year) would stand as the newest toll of what it states. */
    @Test
    void aReportDatedInTheFutureIsRefusedNamingTheDate() throws Exception {
        Map<String, Integer> before = counts();

        HttpResponse<String> response = new ApiClient(port).send("POST", "/api/v1/reports", TOKEN, JSON_TYPE,
                "{\"title\": \"Bilan à Deraa\", \"publisherKey\": \"afp\", \"publishedAt\": \"2099-01-01T00:00:00Z\","
                        + " \"language\": \"fr\", \"text\": \"Au moins 14 civils ont été tués à Deraa selon l'OSDH.\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("fields").valueStream().map(JsonNode::asString).toList()).containsExactly("publishedAt");
        assertThat(problem.get("detail").asString()).contains("in the future");
        assertThat(counts()).as("nothing written").isEqualTo(before);
    }

    /** A story that already ran is created with its publication time (walk F16); one in the future is refused. */
    @Test
    void aStoryIsCreatedWithThePublicationTimeItRanAtButNotOneInTheFuture() throws Exception {
        Map<String, Integer> before = counts();
        String body = "{\"title\": \"Cyclone : le bilan\", \"language\": \"fr\", \"publishedAt\": \"%s\","
                + " \"text\": \"Le cyclone a fait au moins 242 morts, selon l'INGD.\"}";

        HttpResponse<String> future = new ApiClient(port).send("POST", "/api/v1/stories", TOKEN, JSON_TYPE,
                body.formatted("2099-03-18T09:30:00Z"));

        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(JSON.readTree(future.body()).get("fields").valueStream().map(JsonNode::asString).toList())
                .containsExactly("publishedAt");
        assertThat(counts()).as("nothing written").isEqualTo(before);

        HttpResponse<String> ran = new ApiClient(port).send("POST", "/api/v1/stories", TOKEN, JSON_TYPE,
                body.formatted("2019-03-18T09:30:00Z"));
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(201);
        assertThat(JSON.readTree(ran.body()).get("publishedAt").asString()).isEqualTo("2019-03-18T09:30:00Z");
    }

    private static Arguments story(String name, String title, String language, String text, int status,
            @Nullable String field) {
        return Arguments.of(new Case(name, "POST", "/api/v1/stories", TOKEN, JSON_TYPE,
                "{\"title\": " + title + ", \"language\": " + language + ", \"text\": " + text + "}", status, field));
    }

    private static Arguments report(String name, String publishedAt, String title, int status, String field) {
        return Arguments.of(new Case(name, "POST", "/api/v1/reports", TOKEN, JSON_TYPE, "{\"title\": " + title
                + ", \"publisherKey\": \"osdh\", \"publishedAt\": " + publishedAt + ", \"language\": \"fr\","
                + " \"text\": \"Au moins 14 civils ont été tués à Maaret al-Noomane selon l'OSDH.\"}", status, field));
    }

    private static String json(String text) {
        return JSON.writeValueAsString(text);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
