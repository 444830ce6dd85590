package org.corroborate.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corroborate.api.ApiClient;
import org.corroborate.demo.DemoScenario;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The exports of the seed story over real HTTP, read back with a CSV parser and a JSON-LD processor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTest {

    private static final String SCHEMA = "http://schema.org/";

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

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
    void theSeedStorysFiguresRoundTripThroughCsvWithTheContestedShare() throws Exception {
        HttpResponse<byte[]> response = api.getBytes("/api/v1/stories/" + seedStory + "/figures.csv?bom=true",
                ApiClient.DEMO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        assertThat(rows).hasSize(9);
        CSVRecord share = rows.stream().filter(r -> r.get("quote").equals("plus de 70% du territoire")).findFirst()
                .orElseThrow();
        assertThat(share.get("status")).isEqualTo("contested");
        assertThat(share.get("qualifier")).isEqualTo("more than");
        assertThat(share.get("low")).isEqualTo("70");
        assertThat(share.get("high")).isEmpty();
        assertThat(share.get("unit")).isEqualTo("%");
        assertThat(share.get("origins")).isNotBlank();
        assertThat(share.get("approval")).isEmpty();
        CSVRecord distance = rows.stream().filter(r -> r.get("quote").equals("15 à 20 kilomètres")).findFirst()
                .orElseThrow();
        assertThat(distance.get("best")).isEqualTo("17.5");
    }

    @Test
    void withoutBomTheCsvStartsWithItsHeader() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/stories/" + seedStory + "/figures.csv", ApiClient.DEMO_TOKEN);

        assertThat(response.body()).startsWith("quote,qualifier,low,best,high,unit,kind,status,credibility,origins,approval\r\n");
    }

    @Test
    void theClaimReviewOfTheSeedStoryExpandsToReviewsOfItsCheckedFigures() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/stories/" + seedStory + "/claimreview", ApiClient.DEMO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        JsonArray graph = JsonLd.expand(JsonDocument.of(new StringReader(response.body())))
                .loader((url, options) -> {
                    assertThat(url.toString()).startsWith("https://schema.org");
                    try (InputStream context = getClass().getResourceAsStream("/claimreview/schema-org-context.jsonld")) {
                        return JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(context.readAllBytes()));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).get();

        List<JsonObject> reviews = graph.stream().map(JsonValue::asJsonObject)
                .filter(node -> types(node).contains(SCHEMA + "ClaimReview")).toList();
        assertThat(reviews).hasSize(graph.size()).isNotEmpty();
        assertThat(reviews).noneSatisfy(r -> assertThat(literal(r, "claimReviewed")).contains("environ 260 morts"));

        JsonObject share = reviews.stream().filter(r -> literal(r, "claimReviewed").contains("plus de 70%"))
                .findFirst().orElseThrow();
        JsonObject rating = only(share, "reviewRating");
        assertThat(types(rating)).containsExactly(SCHEMA + "Rating");
        assertThat(literal(rating, "alternateName")).isEqualTo("contested");
        assertThat(literal(rating, "bestRating")).isEqualTo("5");
        assertThat(literal(rating, "worstRating")).isEqualTo("0");
        JsonObject claim = only(share, "itemReviewed");
        assertThat(types(claim)).containsExactly(SCHEMA + "Claim");
        JsonObject appearance = only(claim, "appearance");
        assertThat(appearance.getJsonArray(SCHEMA + "url").getJsonObject(0).getString("@id"))
                .endsWith("/story/" + seedStory);
        JsonObject value = only(claim, "about");
        assertThat(types(value)).containsExactly(SCHEMA + "QuantitativeValue");
        assertThat(literal(value, "minValue")).isEqualTo("70");
        assertThat(value.containsKey(SCHEMA + "maxValue")).isFalse();
        assertThat(literal(value, "unitText")).isEqualTo("%");
        JsonObject author = only(share, "author");
        assertThat(types(author)).containsExactly(SCHEMA + "Organization");
        assertThat(literal(author, "name")).isEqualTo("Corroborate");
        assertThat(share.containsKey(SCHEMA + "datePublished")).isTrue();
    }

    @Test
    void anUnknownStoryIsA404ProblemDetail() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/stories/987654321/figures.csv", ApiClient.DEMO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static JsonObject only(JsonObject node, String property) {
        JsonArray values = node.getJsonArray(SCHEMA + property);
        assertThat(values).as(property).hasSize(1);
        return values.getJsonObject(0);
    }

    private static String literal(JsonObject node, String property) {
        JsonValue value = only(node, property).get("@value");
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }
}
