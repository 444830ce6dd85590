package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description is public and describes every endpoint of the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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

    /** Every /api endpoint the app answers, as Spring MVC maps it, with each of its HTTP methods. */
    @Test
    void theOpenApiDescriptionListsEveryEndpointTheAppAnswers() throws Exception {
        JsonNode paths = JsonMapper.builder().build()
                .readTree(new ApiClient(port).get("/api/docs.json", null).body()).get("paths");
        List<String> answered = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/") && !path.startsWith("/api/docs"))
                .forEach(path -> mapping.getMethodsCondition().getMethods()
                        .forEach(method -> answered.add(method.name().toLowerCase(Locale.ROOT) + " " + path))));
        List<String> described = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> described.add(method + " " + path.getKey())));

        assertThat(answered).as("endpoints").contains("get /api/v1/stories/{id}/figures.csv",
                "get /api/v1/stories/{id}/claimreview", "get /api/v1/stories/{id}/figures", "post /api/v1/reports");
        assertThat(described).containsAll(answered);
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
