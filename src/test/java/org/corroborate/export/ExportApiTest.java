package org.corroborate.export;

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
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corroborate.RunAs;
import org.corroborate.api.ApiClient;
import org.corroborate.demo.DemoScenario;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.ReviewService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports over real HTTP, read back with a CSV parser and a JSON-LD processor: the seed story, and a story
 * of our own whose figures an editor approved, rejected, left undecided, or approved before its evidence
 * changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTest {

    private static final String SCHEMA = "http://schema.org/";
    private static final String TEXT = "Les frappes ont fait environ 12 morts et 30 blessés à Maaret, selon l'OSDH. "
            + "Plus de 300 civils ont fui 4 villages.";
    /** An editor's wording with what would end a script element where the JSON-LD is embedded. */
    private static final String WORDING = "environ 12 morts selon l'OSDH </script><script>alert(1)</script> & <!--";

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private long seedStory;
    private long story;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        seedStory = system.call(() -> stories.findByTitle(DemoScenario.SEED_TITLE)).orElseThrow();
    }

    /**
     * "environ 12 morts" approved, "30 blessés" rejected, "300 civils" not decided, "4 villages" approved and
     * then lapsed by new evidence. The fact-checker links the evidence; the editor, who did not, decides.
     */
    private void aStoryWithEveryKindOfDecision() {
        story = system.call(() -> stories.create("Export " + UUID.randomUUID(), "fr", TEXT));
        long deaths = anchor("environ 12 morts", Qualifier.APPROXIMATE, "12", "12", QuantityKind.DEATHS);
        long injured = anchor("30 blessés", Qualifier.EXACT, "30", "30", QuantityKind.INJURED);
        long civilians = anchor("Plus de 300 civils", Qualifier.MORE_THAN, "300", null, QuantityKind.DISPLACED);
        long villages = anchor("4 villages", Qualifier.EXACT, "4", "4", QuantityKind.PLACES);
        List<Long> assertions = jdbc.queryForList("select id from assertion order by id limit 2", Long.class);
        as("factchecker", Role.FACT_CHECKER, () -> {
            for (long figure : List.of(deaths, injured, civilians, villages)) {
                evidence.link(figure, assertions.get(0), Relation.SUPPORTS);
            }
        });
        as("editor", Role.EDITOR, () -> {
            review.approve(deaths, WORDING, true);
            review.reject(injured, "Aucune source pour les blessés");
            review.approve(villages, "4 villages", true);
        });
        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(villages, assertions.get(1), Relation.CONTRADICTS));
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
        List<CSVRecord> rows = parse(body.substring(1));
        assertThat(rows).hasSize(9);
        CSVRecord share = rows.stream().filter(r -> r.get("quote").equals("plus de 70% du territoire")).findFirst()
                .orElseThrow();
        assertThat(share.get("status")).isEqualTo("contested");
        assertThat(share.get("qualifier")).isEqualTo("more than");
        assertThat(share.get("low")).isEqualTo("70");
        assertThat(share.get("high")).isEmpty();
        assertThat(share.get("unit")).isEqualTo("%");
        assertThat(share.get("origins")).isNotBlank();
        CSVRecord distance = rows.stream().filter(r -> r.get("quote").equals("15 à 20 kilomètres")).findFirst()
                .orElseThrow();
        assertThat(distance.get("best")).isEqualTo("17.5");
    }

    @Test
    void withoutBomTheCsvStartsWithItsHeader() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/stories/" + seedStory + "/figures.csv", ApiClient.DEMO_TOKEN);

        assertThat(response.body()).startsWith("quote,qualifier,low,best,high,unit,kind,status,credibility,origins,"
                + "approval,wording,reason,decided_by,decided_at\r\n");
    }

    @Test
    void theCsvListsEveryFigureWithTheEditorsDecision() throws Exception {
        aStoryWithEveryKindOfDecision();

        List<CSVRecord> rows = parse(api.get("/api/v1/stories/" + story + "/figures.csv", ApiClient.DEMO_TOKEN).body());

        assertThat(rows).extracting(r -> r.get("quote") + ": " + r.get("approval")).containsExactly(
                "environ 12 morts: approved", "30 blessés: rejected", "Plus de 300 civils: pending",
                "4 villages: lapsed");
        assertThat(rows.get(0).get("wording")).isEqualTo(WORDING);
        assertThat(rows.get(0).get("decided_by")).isEqualTo("editor");
        assertThat(rows.get(0).get("decided_at")).isNotEmpty();
        assertThat(rows.get(1).get("reason")).isEqualTo("Aucune source pour les blessés");
        assertThat(rows.get(2).get("decided_by")).isEmpty();
        assertThat(rows).extracting(r -> r.get("low") + " .. " + r.get("best") + " .. " + r.get("high"))
                .as("the interval each value is read as: qualifier and shown precision included, infinity empty")
                .containsExactly("11.4 .. 12 .. 12.6", "27 .. 30 .. 33", "300 .. 300 .. ", "4 .. 4 .. 4");
    }

    @Test
    void theClaimReviewHoldsOnlyTheApprovedFigureWithItsWordingAndApprovalDate() throws Exception {
        aStoryWithEveryKindOfDecision();

        HttpResponse<String> response = api.get("/api/v1/stories/" + story + "/claimreview", ApiClient.DEMO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        assertThat(response.body()).as("safe to embed in <script>").doesNotContain("<", ">", "&");
        JsonArray graph = expand(response.body());
        assertThat(graph).hasSize(1);
        JsonObject deaths = graph.getJsonObject(0);
        assertThat(types(deaths)).containsExactly(SCHEMA + "ClaimReview");
        assertThat(literal(deaths, "claimReviewed"))
                .isEqualTo("Les frappes ont fait environ 12 morts et 30 blessés à Maaret, selon l'OSDH.");
        assertThat(literal(deaths, "reviewBody")).isEqualTo(WORDING);
        String approvedOn = jdbc.queryForObject("select to_char(decided_at at time zone 'UTC', 'YYYY-MM-DD') "
                + "from figure_approval a join figure f on f.id = a.figure_id where f.story_id = ? and a.decision = "
                + "'APPROVED'", String.class, story);
        assertThat(literal(deaths, "datePublished")).isEqualTo(approvedOn);
        JsonObject rating = only(deaths, "reviewRating");
        assertThat(types(rating)).containsExactly(SCHEMA + "Rating");
        assertThat(literal(rating, "alternateName")).isNotBlank();
        assertThat(literal(rating, "bestRating")).isEqualTo("5");
        assertThat(literal(rating, "worstRating")).isEqualTo("0");
        JsonObject claim = only(deaths, "itemReviewed");
        assertThat(types(claim)).containsExactly(SCHEMA + "Claim");
        JsonObject appearance = only(claim, "appearance");
        assertThat(appearance.getJsonArray(SCHEMA + "url").getJsonObject(0).getString("@id"))
                .endsWith("/story/" + story);
        JsonObject value = only(claim, "about");
        assertThat(types(value)).containsExactly(SCHEMA + "QuantitativeValue");
        assertThat(literal(value, "value")).isEqualTo("12");
        assertThat(literal(value, "minValue")).as("'environ 12' read at ±5%%, as the workbench compares it")
                .isEqualTo("11.4");
        assertThat(literal(value, "maxValue")).isEqualTo("12.6");
        JsonObject author = only(deaths, "author");
        assertThat(types(author)).containsExactly(SCHEMA + "Organization");
        assertThat(literal(author, "name")).isEqualTo("Corroborate");
    }

    @Test
    void aStoryWithoutApprovedFiguresHasAnEmptyClaimReviewGraph() throws Exception {
        long undecided = system.call(() -> stories.create("Export " + UUID.randomUUID(), "fr", TEXT));

        HttpResponse<String> response = api.get("/api/v1/stories/" + undecided + "/claimreview", ApiClient.DEMO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(expand(response.body())).isEmpty();
    }

    @Test
    void theFiguresOfAStoryCarryTheEditorsDecision() throws Exception {
        aStoryWithEveryKindOfDecision();

        JsonNode figures = JsonMapper.builder().build().readTree(
                api.get("/api/v1/stories/" + story + "/figures", ApiClient.DEMO_TOKEN).body());

        assertThat(figures.valueStream().map(f -> f.get("approval").get("decision").asString()).toList())
                .containsExactly("approved", "rejected", "pending", "lapsed");
        assertThat(figures.get(0).get("approval").get("wording").asString()).isEqualTo(WORDING);
        assertThat(figures.get(0).get("approval").get("decidedBy").asString()).isEqualTo("editor");
        assertThat(figures.get(3).get("approval").get("lapsedBy").asString()).isEqualTo("factchecker");
    }

    @Test
    void aNairaAmountIsExportedAsMoneyInNaira() throws Exception {
        long nigeria = system.call(() -> stories.create("Strike " + UUID.randomUUID(), "en",
                "The labour minister said the government had paid 3.5bn naira in arrears to federal workers."));
        long[] figure = new long[1];
        as("factchecker", Role.FACT_CHECKER, () -> {
            var suggestion = stories.suggestions(nigeria).stream().filter(s -> s.quote().equals("3.5bn naira"))
                    .findFirst().orElseThrow(() -> new AssertionError(stories.suggestions(nigeria).toString()));
            figure[0] = stories.accept(nigeria, suggestion.id(), null);
        });
        as("editor", Role.EDITOR, () -> review.approve(figure[0], "3.5bn naira in arrears", true));

        CSVRecord row = parse(api.get("/api/v1/stories/" + nigeria + "/figures.csv", ApiClient.DEMO_TOKEN).body()).get(0);
        assertThat(row.get("unit") + " " + row.get("kind") + " " + row.get("best")).isEqualTo("NGN money 3500000000");
        JsonObject value = only(only(expand(api.get("/api/v1/stories/" + nigeria + "/claimreview",
                ApiClient.DEMO_TOKEN).body()).getJsonObject(0), "itemReviewed"), "about");
        assertThat(literal(value, "unitText")).isEqualTo("NGN");
    }

    /** Third walk, H17: ClaimReview's unitText carried the engine's code "kmh". */
    @Test
    void aSpeedIsExportedInKilometresPerHour() throws Exception {
        long fire = system.call(() -> stories.create("Fire " + UUID.randomUUID(), "en",
                "Gusts of up to 70 km/h fanned the flames on Wednesday, the weather service said."));
        long[] figure = new long[1];
        as("factchecker", Role.FACT_CHECKER, () -> {
            var suggestion = stories.suggestions(fire).stream().filter(s -> s.quote().equals("up to 70 km/h"))
                    .findFirst().orElseThrow(() -> new AssertionError(stories.suggestions(fire).toString()));
            figure[0] = stories.accept(fire, suggestion.id(), null);
        });
        as("editor", Role.EDITOR, () -> review.approve(figure[0], "gusts of up to 70 km/h", true));

        JsonObject value = only(only(expand(api.get("/api/v1/stories/" + fire + "/claimreview",
                ApiClient.DEMO_TOKEN).body()).getJsonObject(0), "itemReviewed"), "about");
        assertThat(literal(value, "unitText")).isEqualTo("km/h");
    }

    @Test
    void anUnknownStoryIsA404ProblemDetail() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/stories/987654321/figures.csv", ApiClient.DEMO_TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private long anchor(String quote, Qualifier qualifier, String low, String high, QuantityKind kind) {
        return system.call(() -> figures.anchor(story, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(qualifier, new BigDecimal(low), high == null ? null : new BigDecimal(high), null),
                new Measure(kind, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }

    private static List<CSVRecord> parse(String csv) throws java.io.IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    /** The document expanded by Titanium, with schema.org's context read from the bundled copy. */
    private JsonArray expand(String jsonLd) throws Exception {
        return JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).loader((url, options) -> {
            assertThat(url.toString()).startsWith("https://schema.org");
            try (InputStream context = getClass().getResourceAsStream("/claimreview/schema-org-context.jsonld")) {
                return JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(context.readAllBytes()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).get();
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
