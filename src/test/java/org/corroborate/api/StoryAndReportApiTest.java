package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.corroborate.demo.DemoScenario;
import org.corroborate.report.ReportService;
import org.corroborate.security.ApiTokenService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stories, figures, evidence and reports over real HTTP, with the demo fact-checker's token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoryAndReportApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = ApiClient.DEMO_TOKEN;

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    ReportService reports;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SystemAuthentication system;

    private ApiClient api;
    private long seedStory;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        seedStory = system.call(() -> stories.findByTitle(DemoScenario.SEED_TITLE)).orElseThrow();
    }

    @Test
    void theStoryListIncludesTheSeedStory() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/stories?size=200", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        List<Long> ids = JSON.readTree(response.body()).valueStream().map(s -> s.get("id").asLong()).toList();
        assertThat(ids).contains(seedStory);
    }

    @Test
    void aStoryIsReadWithItsFigures() throws Exception {
        JsonNode story = JSON.readTree(api.get("/api/v1/stories/" + seedStory, TOKEN).body());

        assertThat(story.get("title").asString()).isEqualTo(DemoScenario.SEED_TITLE);
        assertThat(story.get("figures")).hasSize(9);
        assertThat(story.get("suggestions").isArray()).isTrue();
    }

    @Test
    void theFiguresOfAStoryCarryTheirStatusAndEvidence() throws Exception {
        JsonNode figures = JSON.readTree(api.get("/api/v1/stories/" + seedStory + "/figures", TOKEN).body());

        JsonNode share = figure(figures, "plus de 70% du territoire");
        assertThat(share.get("status").asString()).isEqualTo("contested");
        assertThat(share.get("explanation")).isNotEmpty();
        assertThat(share.get("evidence").valueStream().map(e -> e.get("relation").asString()).toList())
                .contains("supports", "contradicts");
    }

    @Test
    void creatingAStoryAnswers201WithItsLocationAndTheSuggestedFigures() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/stories", TOKEN, """
                {"title": "Idleb, API test", "language": "fr",
                 "text": "En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH."}
                """);

        assertThat(response.statusCode()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/api/v1/stories/\\d+");
        JsonNode created = JSON.readTree(response.body());
        assertThat(location).endsWith("/" + created.get("id").asLong());
        assertThat(created.get("suggestions").valueStream().map(s -> s.get("quote").asString()).toList())
                .anySatisfy(quote -> assertThat(quote).contains("260"));
        assertThat(api.get(location.replaceFirst("^https?://[^/]+", ""), TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void aStoryWithoutTitleIsA422NamingTheField() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/stories", TOKEN,
                "{\"language\": \"fr\", \"text\": \"260 morts.\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("'title'");
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        assertThat(api.post("/api/v1/stories", TOKEN, "{\"title\": ").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownStoryIsA404ProblemDetail() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/stories/987654321", TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aViewerTokenIsRefusedWith403AndNothingIsStored() throws Exception {
        String viewerToken = tokenOf("viewer", "VIEWER");
        long before = system.call(() -> stories.count(""));

        HttpResponse<String> response = api.post("/api/v1/stories", viewerToken,
                "{\"title\": \"Not allowed\", \"language\": \"fr\", \"text\": \"260 morts.\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(system.call(() -> stories.count(""))).isEqualTo(before);
        assertThat(api.get("/api/v1/stories/" + seedStory, viewerToken).statusCode()).isEqualTo(200);
    }

    @Test
    void noTokenIsA401() throws Exception {
        assertThat(api.get("/api/v1/stories", null).statusCode()).isEqualTo(401);
    }

    @Test
    void linkingEvidenceAnswersWithTheFiguresStanding() throws Exception {
        JsonNode share = figure(JSON.readTree(api.get("/api/v1/stories/" + seedStory + "/figures", TOKEN).body()),
                "plus de 70% du territoire");
        JsonNode supporting = share.get("evidence").valueStream()
                .filter(e -> e.get("relation").asString().equals("supports")).findFirst().orElseThrow();
        long figureId = share.get("figure").get("id").asLong();

        HttpResponse<String> response = api.post("/api/v1/figures/" + figureId + "/evidence", TOKEN,
                "{\"assertionId\": " + supporting.get("assertionId").asLong() + ", \"relation\": \"supports\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("contested");
    }

    @Test
    void evidenceForAnUnknownFigureIsA404() throws Exception {
        assertThat(api.post("/api/v1/figures/987654321/evidence", TOKEN,
                "{\"assertionId\": 1, \"relation\": \"supports\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aPostedReportComesBackWithItsExtractedAssertions() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/reports", TOKEN, report(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        assertThat(created.get("assertions").valueStream().map(a -> a.get("quote").asString()).toList())
                .anySatisfy(quote -> assertThat(quote).contains("300"));
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(JSON.readTree(api.get(location.replaceFirst("^https?://[^/]+", ""), TOKEN).body())
                .get("title").asString()).isEqualTo(created.get("title").asString());
    }

    @Test
    void aRepeatedReportIsA409AndNothingIsStored() throws Exception {
        String report = report(UUID.randomUUID());
        assertThat(api.post("/api/v1/reports", TOKEN, report).statusCode()).isEqualTo(201);
        long before = system.call(() -> reports.count(""));

        HttpResponse<String> again = api.post("/api/v1/reports", TOKEN, report);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("existing").asString()).startsWith("/api/v1/reports/");
        assertThat(system.call(() -> reports.count(""))).isEqualTo(before);
    }

    @Test
    void aReportFromAnUnknownPublisherIsA404() throws Exception {
        String report = report(UUID.randomUUID()).replace("\"afp\"", "\"no-such-source\"");

        assertThat(api.post("/api/v1/reports", TOKEN, report).statusCode()).isEqualTo(404);
    }

    @Test
    void aReportWithoutPublicationTimeIsA422NamingTheField() throws Exception {
        String report = report(UUID.randomUUID()).replace("\"publishedAt\"", "\"ignored\"");

        HttpResponse<String> response = api.post("/api/v1/reports", TOKEN, report);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("'publishedAt'");
    }

    private static String report(UUID id) {
        return """
                {"title": "Idlib: 300 civilians fled, %1$s", "publisherKey": "afp",
                 "publishedAt": "2019-12-25T10:00:00Z", "language": "en",
                 "url": "https://example.org/idlib/%1$s",
                 "text": "More than 300 civilians fled Maaret al-Noomane on Wednesday, the Observatory said. Ref %1$s."}
                """.formatted(id);
    }

    private static JsonNode figure(JsonNode figures, String quote) {
        return figures.valueStream().filter(f -> f.get("figure").get("quote").asString().equals(quote)).findFirst()
                .orElseThrow();
    }

    private String tokenOf(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return tokens.create("API test");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
