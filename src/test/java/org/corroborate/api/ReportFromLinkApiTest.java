package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.corroborate.ingest.FetchSettings;
import org.corroborate.ingest.LinkFixtures;
import org.corroborate.ingest.LocalSite;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/reports with only a url, and the archived copy through /api/v1/archives, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFromLinkApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    SystemAuthentication system;
    @Autowired
    FetchSettings settings;
    @Autowired
    SourceService sources;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalSite site = new LocalSite();
    private LinkFixtures fixtures;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new LinkFixtures(system, settings, sources);
        fixtures.allowLoopback();
    }

    @AfterEach
    void stop() {
        fixtures.publicOnly();
        site.close();
    }

    @Test
    void aUrlAloneBecomesAReportWithItsFiguresPublisherAndArchivedCopy() throws Exception {
        SourceDetails publisher = fixtures.sourceWithDomain("Himalayan Herald");
        String domain = publisher.domains().getFirst();
        site.page("/nepal", "text/html; charset=utf-8", LinkFixtures.savedPage("19-en-government-nepal-earthquake",
                LinkFixtures.marker()));

        HttpResponse<String> created = api.post("/api/v1/reports", ApiClient.DEMO_TOKEN,
                "{\"url\": \"" + site.url(domain, "/nepal") + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode report = JSON.readTree(created.body());
        assertThat(report.get("title").asString()).isEqualTo("Nepal earthquake kills at least 153 in remote west");
        assertThat(report.get("publisher").asString()).isEqualTo(publisher.name());
        assertThat(report.get("publishedAt").asString()).isEqualTo("2023-11-04T09:25:00Z");
        assertThat(report.get("language").asString()).isEqualTo("en");
        assertThat(report.get("assertions").values()).extracting(a -> a.get("quote").asString())
                .contains("at least 153", "more than 160");
        JsonNode archive = report.get("archive");
        assertThat(archive.get("kind").asString()).isEqualTo("response");
        assertThat(archive.get("url").asString()).isEqualTo(site.url(domain, "/nepal"));
        assertThat(archive.get("sha256").asString()).hasSize(64);

        HttpResponse<byte[]> warc = api.getBytes(archive.get("warc").asString(), ApiClient.DEMO_TOKEN);
        assertThat(warc.statusCode()).isEqualTo(200);
        assertThat(warc.headers().firstValue("Content-Type")).contains("application/warc");
        assertThat(warc.headers().firstValue("Content-Disposition").orElseThrow()).contains(".warc.gz");
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc.body()))) {
            assertThat(reader.records().filter(r -> r instanceof WarcResponse).map(r -> ((WarcResponse) r).target()))
                    .containsExactly(site.url(domain, "/nepal"));
        }
        HttpResponse<String> text = api.get(archive.get("text").asString(), ApiClient.DEMO_TOKEN);
        assertThat(text.body()).contains("A magnitude 5.6 earthquake struck remote western Nepal");

        HttpResponse<String> again = api.post("/api/v1/reports", ApiClient.DEMO_TOKEN,
                "{\"url\": \"" + site.url(domain, "/nepal") + "\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(site.requestsFor("/nepal")).isEqualTo(1);
    }

    @Test
    void aLinkThatCannotBeReadIsAProblemSayingWhyAndStoresNothing() throws Exception {
        long reports = count("report");
        long copies = count("archived_copy");
        fixtures.publicOnly();
        HttpResponse<String> refused = api.post("/api/v1/reports", ApiClient.DEMO_TOKEN,
                "{\"url\": \"http://169.254.169.254/latest/meta-data/\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("reason").asString()).isEqualTo("refused-address");

        fixtures.allowLoopback();
        HttpResponse<String> missing = api.post("/api/v1/reports", ApiClient.DEMO_TOKEN,
                "{\"url\": \"" + site.url("wire.test", "/nowhere") + "\"}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(missing.body()).get("reason").asString()).isEqualTo("http-status");
        assertThat(JSON.readTree(missing.body()).get("detail").asString()).contains("404");

        site.page("/a", "text/html", LinkFixtures.savedPage("17-en-ngo-gaza-aid", LinkFixtures.marker()));
        HttpResponse<String> noSource = api.post("/api/v1/reports", ApiClient.DEMO_TOKEN,
                "{\"url\": \"" + site.url("nobody-knows.test", "/a") + "\"}");
        assertThat(noSource.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(noSource.body()).get("fields").values()).extracting(JsonNode::asString)
                .containsExactly("publisherKey");

        assertThat(count("report")).isEqualTo(reports);
        assertThat(count("archived_copy")).isEqualTo(copies);
    }

    @Test
    void aPastedReportKeepsItsTextAsAWarcResourceRecord() throws Exception {
        String text = "Au moins 12 civils ont été tués, selon l'OSDH. " + LinkFixtures.marker();
        HttpResponse<String> created = api.post("/api/v1/reports", ApiClient.DEMO_TOKEN,
                "{\"title\": \"Idleb " + LinkFixtures.marker() + "\", \"publisherKey\": \"afp\", \"publishedAt\": "
                        + "\"2019-12-25T10:00:00Z\", \"language\": \"fr\", \"text\": \"" + text + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode archive = JSON.readTree(created.body()).get("archive");
        assertThat(archive.get("kind").asString()).isEqualTo("resource");
        assertThat(archive.get("url").asString()).startsWith("urn:uuid:");
        assertThat(api.get(archive.get("text").asString(), ApiClient.DEMO_TOKEN).body()).isEqualTo(text);
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(
                api.getBytes(archive.get("warc").asString(), ApiClient.DEMO_TOKEN).body()))) {
            assertThat(reader.records().map(r -> r.type()).toList()).isEqualTo(List.of("warcinfo", "resource"));
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
