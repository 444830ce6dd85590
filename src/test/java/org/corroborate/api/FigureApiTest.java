package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.corroborate.place.PlaceService;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second story, of another event, through the API as a newsroom tool would drive it: its suggestions accepted and
 * dismissed, its figure read with its scope, ledger and suggestions (none of the demo's Syrian values), its scope
 * corrected (a stale version refused).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FigureApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = ApiClient.DEMO_TOKEN;
    private static final String FLOODS = "Floods in Mozambique: rescuers search for survivors in Beira.\n\n"
            + "The floods that hit Beira on 14 March have left at least 42 dead in Beira, according to the United "
            + "Nations. Some 15,000 people have been displaced in Sofala province, officials said.";

    @LocalServerPort
    int port;

    @Autowired
    PlaceService places;

    @Autowired
    SystemAuthentication system;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aFigureAcceptedFromAnotherEventsStoryIsReadWithItsOwnScopeAndNoneOfTheSyrianValues() throws Exception {
        JsonNode story = created("Mozambique floods " + UUID.randomUUID());
        long storyId = story.get("id").asLong();
        long toll = suggestion(story, "42");

        HttpResponse<String> accepted = api.post("/api/v1/stories/" + storyId + "/suggestions/" + toll + "/accept",
                TOKEN, "");
        assertThat(accepted.statusCode()).isEqualTo(201);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/figures/");

        JsonNode figure = JSON.readTree(api.get(location, TOKEN).body());
        assertThat(figure.get("figure").get("quote").asString()).contains("42");
        assertThat(figure.get("scope").get("place").asString()).isEqualTo("Beira, Sofala, Mozambique");
        assertThat(figure.get("scope").get("placeOrigin").asString()).isEqualTo("figure");
        assertThat(figure.get("status").asString()).isEqualTo("unsupported");
        assertThat(figure.get("ledger").valueStream().map(e -> e.get("quote").asString()))
                .noneMatch(q -> q.contains("370") || q.contains("260") || q.contains("148"));
        assertThat(figure.get("suggestions").valueStream().map(s -> s.get("reportTitle").asString()))
                .noneMatch(t -> t.contains("Idleb") || t.contains("Idlib") || t.contains("Syri"));

        HttpResponse<String> again = api.post("/api/v1/stories/" + storyId + "/suggestions/" + toll + "/accept",
                TOKEN, "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
    }

    @Test
    void aDismissedSuggestionIsGoneAndCannotBeDismissedTwice() throws Exception {
        JsonNode story = created("Mozambique displaced " + UUID.randomUUID());
        long storyId = story.get("id").asLong();
        long displaced = suggestion(story, "15,000");

        assertThat(api.post("/api/v1/stories/" + storyId + "/suggestions/" + displaced + "/dismiss", TOKEN, "")
                .statusCode()).isEqualTo(204);
        JsonNode after = JSON.readTree(api.get("/api/v1/stories/" + storyId, TOKEN).body());
        assertThat(after.get("suggestions").valueStream().map(s -> s.get("id").asLong())).doesNotContain(displaced);
        assertThat(api.post("/api/v1/stories/" + storyId + "/suggestions/" + displaced + "/dismiss", TOKEN, "")
                .statusCode()).isEqualTo(409);
        assertThat(api.post("/api/v1/stories/" + storyId + "/suggestions/999999999/dismiss", TOKEN, "")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void correctingAFiguresScopeNeedsItsCurrentVersionAndDerivesItsSuggestionsAgain() throws Exception {
        JsonNode story = created("Mozambique scope " + UUID.randomUUID());
        long storyId = story.get("id").asLong();
        String location = api.post("/api/v1/stories/" + storyId + "/suggestions/" + suggestion(story, "42")
                + "/accept", TOKEN, "").headers().firstValue("Location").orElseThrow();
        JsonNode figure = JSON.readTree(api.get(location, TOKEN).body());
        long version = figure.get("version").asLong();
        long idlib = system.call(() -> places.findByKey("idlib-province")).orElseThrow().id();

        HttpResponse<String> stale = api.put(location + "/scope", TOKEN,
                "{\"version\": " + (version + 7) + ", \"placeId\": " + idlib + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> backwards = api.put(location + "/scope", TOKEN, "{\"version\": " + version
                + ", \"from\": \"2019-12-24\", \"to\": \"2019-12-19\"}");
        assertThat(backwards.statusCode()).isEqualTo(422);

        HttpResponse<String> corrected = api.put(location + "/scope", TOKEN, "{\"version\": " + version
                + ", \"placeId\": " + idlib + ", \"from\": \"2019-12-19\", \"to\": \"2019-12-24\"}");
        assertThat(corrected.statusCode()).isEqualTo(200);
        JsonNode scope = JSON.readTree(corrected.body());
        assertThat(scope.get("place").asString()).isEqualTo("Idlib province, Syria");
        assertThat(scope.get("placeOrigin").asString()).isEqualTo("corrected");
        assertThat(scope.get("from").asString()).isEqualTo("2019-12-19");

        JsonNode after = JSON.readTree(api.get(location, TOKEN).body());
        assertThat(after.get("version").asLong()).isGreaterThan(version);
        assertThat(after.get("suggestions").valueStream().map(s -> s.get("reportTitle").asString()))
                .anyMatch(t -> t.contains("Idleb") || t.contains("Idlib"));
    }

    /** No REST endpoint removed a figure (tenth shift's note): now DELETE, as the panel's Remove figure. */
    @Test
    void aFigureAcceptedByMistakeIsRemovedAndItsWordsAreNotSuggestedAgain() throws Exception {
        JsonNode story = created("Mozambique removal " + UUID.randomUUID());
        long storyId = story.get("id").asLong();
        long toll = suggestion(story, "42");
        String location = api.post("/api/v1/stories/" + storyId + "/suggestions/" + toll + "/accept", TOKEN, "")
                .headers().firstValue("Location").orElseThrow();
        long figureId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(api.send("DELETE", "/api/v1/stories/999999999/figures/" + figureId, TOKEN, null, null)
                .statusCode()).as("another story").isEqualTo(404);
        HttpResponse<String> removed = api.send("DELETE", "/api/v1/stories/" + storyId + "/figures/" + figureId, TOKEN,
                null, null);
        assertThat(removed.statusCode()).isEqualTo(204);

        assertThat(api.get(location, TOKEN).statusCode()).isEqualTo(404);
        JsonNode after = JSON.readTree(api.get("/api/v1/stories/" + storyId, TOKEN).body());
        assertThat(after.get("figures").valueStream().map(f -> f.get("id").asLong())).doesNotContain(figureId);
        assertThat(after.get("suggestions").valueStream().map(s -> s.get("quote").asString()))
                .as("its words are not suggested again").noneMatch(q -> q.contains("42"));
        HttpResponse<String> again = api.send("DELETE", "/api/v1/stories/" + storyId + "/figures/" + figureId, TOKEN,
                null, null);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
    }

    @Test
    void theOpenApiPageDescribesTheFigureAndSuggestionEndpoints() throws Exception {
        JsonNode paths = JSON.readTree(api.get("/api/docs.json", null).body()).get("paths");
        assertThat(paths.has("/api/v1/figures/{id}")).isTrue();
        assertThat(paths.has("/api/v1/figures/{id}/scope")).isTrue();
        assertThat(paths.has("/api/v1/stories/{id}/scope")).isTrue();
        assertThat(paths.has("/api/v1/stories/{id}/suggestions/{suggestionId}/accept")).isTrue();
        assertThat(paths.has("/api/v1/stories/{id}/suggestions/{suggestionId}/dismiss")).isTrue();
        assertThat(paths.get("/api/v1/stories/{id}/figures/{figureId}").has("delete")).isTrue();
    }

    private JsonNode created(String title) throws Exception {
        HttpResponse<String> response = api.post("/api/v1/stories", TOKEN,
                JSON.writeValueAsString(java.util.Map.of("title", title, "language", "en", "text", FLOODS)));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static long suggestion(JsonNode story, String number) {
        return story.get("suggestions").valueStream().filter(s -> s.get("quote").asString().contains(number))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion with " + number + " in " + story))
                .get("id").asLong();
    }
}
