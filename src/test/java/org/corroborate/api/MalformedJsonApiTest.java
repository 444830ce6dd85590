package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walk F40: malformed JSON was answered with the parser's English message (its token names, its internals) inside
 * the French sentence. The problem detail, and each rejected import line, is in the client's language
 * ({@code Accept-Language}) and says where the JSON broke.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedJsonApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A colon missing on the third line. */
    private static final String BROKEN = "{\n  \"title\": \"Séisme au Maroc\",\n  \"language\" \"fr\",\n"
            + "  \"text\": \"Au moins 2 012 morts.\"\n}";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFrenchClientIsToldInFrenchOnWhichLineTheBodyBroke() throws Exception {
        JsonNode problem = problem(send("/api/v1/stories", "application/json", "fr-FR,fr;q=0.9,en;q=0.5", BROKEN));

        assertThat(problem.get("detail").asString())
                .startsWith("Le corps de la requête n’est pas du JSON bien formé vers la ligne 3, colonne ");
    }

    @Test
    void anEnglishClientIsToldInEnglishAndABodyCutShortSaysSo() throws Exception {
        JsonNode broken = problem(send("/api/v1/stories", "application/json", "en-GB", BROKEN));
        assertThat(broken.get("detail").asString())
                .startsWith("The request body is not well-formed JSON near line 3, column ");

        JsonNode cut = problem(send("/api/v1/stories", "application/json", "fr", "{\"title\": \"Séisme\", "));
        assertThat(cut.get("detail").asString())
                .startsWith("Le corps de la requête s’arrête avant la fin de son JSON (ligne 1, colonne ");
    }

    @Test
    void importLinesAreRejectedInTheClientsLanguageWithWhereTheyBroke() throws Exception {
        HttpResponse<String> response = send("/api/v1/reports/import", "application/x-ndjson", "fr-FR",
                "pas du json\n{\"title\": \"Séisme\", \"publisherKey\": \"afp\", \n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("errors").valueStream()
                .map(e -> e.get("line").asInt() + ": " + e.get("reason").asString()))
                .containsExactly("1: La ligne n’est pas du JSON valide à partir de la colonne 1\u00a0: «\u00a0pas du json\u00a0».",
                        "2: La ligne s’arrête avant la fin de son JSON (colonne 44).");
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString()).doesNotContain("token", "Unexpected", "jackson", "code ");
        return problem;
    }

    private HttpResponse<String> send(String path, String contentType, String language, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + ApiClient.DEMO_TOKEN).header("Content-Type", contentType)
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
