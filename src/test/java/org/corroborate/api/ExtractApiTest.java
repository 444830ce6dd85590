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

/** The extraction API over real HTTP, as curl would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtractApiTest {

    private static final String DEMO_TOKEN = "demo-fact-checker-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoTokenExtractsTheFiguresOfAFrenchSentence() throws Exception {
        HttpResponse<String> response = post("/api/extract", DEMO_TOKEN, """
                {"text": "En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH.", "language": "fr"}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("language").asString()).isEqualTo("fr");
        JsonNode figure = body.get("figures").get(0);
        assertThat(figure.get("quote").asString()).contains("environ 260");
        assertThat(figure.get("qualifier").asString()).isEqualTo("approximate");
        assertThat(figure.get("low").decimalValue()).isEqualByComparingTo("260");
        assertThat(figure.get("kind").asString()).isEqualTo("deaths");
        assertThat(figure.get("attribution").get("mention").asString()).contains("OSDH");
    }

    @Test
    void anAgencyNamedWithItsAcronymIsTheAttributionAndAffectedPeopleAreTheirOwnKind() throws Exception {
        HttpResponse<String> response = post("/api/v1/extract", DEMO_TOKEN, """
                {"text": "Floods have affected some 2.2 million people in Niger, the UN Office for the Coordination \
                of Humanitarian Affairs (OCHA) said. The agency put the number of displaced at 18,000.", "language": "en"}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode figures = JSON.readTree(response.body()).get("figures");
        assertThat(figures.get(0).get("kind").asString()).isEqualTo("affected");
        assertThat(figures.get(0).get("attribution").get("mention").asString())
                .isEqualTo("the UN Office for the Coordination of Humanitarian Affairs (OCHA)");
        assertThat(figures.get(1).get("kind").asString()).isEqualTo("displaced");
        // "The agency" points back to the source the sentence before names (walk G13)
        assertThat(figures.get(1).get("attribution").get("mention").asString())
                .isEqualTo("the UN Office for the Coordination of Humanitarian Affairs (OCHA)");
        assertThat(figures.get(1).get("attribution").get("cue").asString()).isEqualTo("put");
    }

    /** The holder of each count and the whole the parts are counted from (DD032, DD033), through the API too. */
    @Test
    void electionResultsSayWhoseCountEachIsAndWhichIsTheWhole() throws Exception {
        HttpResponse<String> response = post("/api/v1/extract", DEMO_TOKEN, """
                {"text": "Preliminary results give ADN 67 of the 151 seats in the Assembly and RC 61.", "language": "en"}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode figures = JSON.readTree(response.body()).get("figures");
        assertThat(figures.valueStream().map(f -> f.get("quote").asString() + ":"
                + (f.has("holder") ? f.get("holder").asString() : "-") + ":" + f.has("whole")))
                .containsExactly("67:ADN:false", "151:-:true", "61:RC:false");
    }

    @Test
    void aFrenchReportNamesTheSourceAfterTheWeekdayAndCountsHousesApart() throws Exception {
        HttpResponse<String> response = post("/api/v1/extract", DEMO_TOKEN, """
                {"text": "Le bilan s'élève à 2 946 morts, a annoncé lundi le ministère de l'Intérieur. Près de 50 000 \
                habitations ont été endommagées.", "language": "fr"}
                """);

        JsonNode figures = JSON.readTree(response.body()).get("figures");
        assertThat(figures.get(0).get("attribution").get("mention").asString()).isEqualTo("le ministère de l'Intérieur");
        assertThat(figures.get(1).get("kind").asString()).isEqualTo("other");
    }

    @Test
    void theVersionedPathAnswersTooAndDetectsTheLanguage() throws Exception {
        HttpResponse<String> response = post("/api/v1/extract", DEMO_TOKEN,
                "{\"text\": \"More than 30,000 people have fled the area, the Observatory said.\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("language").asString()).isEqualTo("en");
    }

    @Test
    void withoutALanguageAnEnglishStoryKeepsItsThousandsAndTheBoundsOfIssue11() throws Exception {
        HttpResponse<String> response = post("/api/v1/extract", DEMO_TOKEN, """
                {"text": "More than 25,000 people fled. No more than 50 people were allowed in. The fund raised about £40m."}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("language").asString()).isEqualTo("en");
        JsonNode figures = body.get("figures");
        assertThat(figures.get(0).get("low").decimalValue()).isEqualByComparingTo("25000");
        assertThat(figures.get(1).get("qualifier").asString()).isEqualTo("at most");
        assertThat(figures.get(1).get("high").decimalValue()).isEqualByComparingTo("50");
        assertThat(figures.get(2).get("low").decimalValue()).isEqualByComparingTo("40000000");
        assertThat(figures.get(2).get("kind").asString()).isEqualTo("money");
        assertThat(figures.get(2).get("ambiguousNumber")).isNull();
    }

    @Test
    void aDecimalMarkNoWordDecidesIsFlagged() throws Exception {
        HttpResponse<String> response = post("/api/v1/extract", DEMO_TOKEN, "{\"text\": \"Bilan : 1,200\", \"language\": \"fr\"}");

        JsonNode figure = JSON.readTree(response.body()).get("figures").get(0);
        assertThat(figure.get("low").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(figure.get("ambiguousNumber").asBoolean()).isTrue();
    }

    @Test
    void noTokenIsAnsweredWith401ProblemDetails() throws Exception {
        HttpResponse<String> response = post("/api/extract", null, "{\"text\": \"260 morts\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        assertThat(post("/api/extract", "not-a-token", "{\"text\": \"260 morts\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJsonIsA400ProblemDetail() throws Exception {
        HttpResponse<String> response = post("/api/extract", DEMO_TOKEN, "{\"text\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aMissingTextIsA422NamingTheField() throws Exception {
        HttpResponse<String> response = post("/api/extract", DEMO_TOKEN, "{\"language\": \"fr\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("'text'");
    }

    @Test
    void aTextOverOneMegabyteIsA413() throws Exception {
        String big = "260 morts. ".repeat(100_000);

        HttpResponse<String> response = post("/api/extract", DEMO_TOKEN, "{\"text\": \"" + big + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
