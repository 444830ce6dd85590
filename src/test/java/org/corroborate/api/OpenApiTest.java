package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description is public and describes the v1 endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDescriptionIsServedWithoutLoginAndListsTheEndpoints() throws Exception {
        HttpResponse<String> response = new ApiClient(port).get("/api/docs.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JsonMapper.builder().build().readTree(response.body()).get("paths");
        assertThat(paths.has("/api/v1/stories")).isTrue();
        assertThat(paths.has("/api/v1/stories/{id}/claimreview")).isTrue();
        assertThat(paths.has("/api/v1/reports")).isTrue();
        assertThat(paths.has("/api/v1/reports/import")).isTrue();
        assertThat(paths.has("/api/v1/figures/{id}/evidence")).isTrue();
    }

    @Test
    void theBrowsableDocsAnswerWithoutLogin() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> docs = api.get("/api/docs", null);
        assertThat(docs.statusCode()).as(docs.headers().map().toString()).isIn(200, 302);
        String page = docs.statusCode() == 302
                ? docs.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "") : "/api/docs";

        HttpResponse<String> ui = api.get(page, null);

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }
}
