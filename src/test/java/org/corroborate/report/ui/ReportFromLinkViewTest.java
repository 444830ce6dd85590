package org.corroborate.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.archive.ArchiveService;
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
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A fact-checker pastes a link served by a web site on this machine: the page is read into the inbox, the
 * figures are extracted, and the report is saved with its source (found by the site's web domain) and the
 * archived copy of the response.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class ReportFromLinkViewTest extends SpringBrowserlessTest {

    @Autowired
    SystemAuthentication system;
    @Autowired
    FetchSettings settings;
    @Autowired
    SourceService sources;
    @Autowired
    ArchiveService archive;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalSite site = new LocalSite();
    private LinkFixtures fixtures;

    @BeforeEach
    void allowTheLocalSite() {
        fixtures = new LinkFixtures(system, settings, sources);
        fixtures.allowLoopback();
    }

    @AfterEach
    void stop() {
        fixtures.publicOnly();
        site.close();
    }

    @Test
    void aPastedLinkBecomesAReportWithItsFiguresItsSourceAndAnArchivedCopy() throws Exception {
        SourceDetails publisher = fixtures.sourceWithDomain("Afrique Dépêches");
        String domain = publisher.domains().getFirst();
        String page = LinkFixtures.savedPage("04-fr-magazine-soudan-deplaces", LinkFixtures.marker());
        site.page("/2023/08/soudan-deplaces", "text/html; charset=utf-8", page)
                .redirect("/s/4", "http://www." + domain + ":" + site.port() + "/2023/08/soudan-deplaces");
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.link.address).setValue(site.url(domain, "/s/4"));
        test(inbox.link.read).click();

        String finalUrl = "http://www." + domain + ":" + site.port() + "/2023/08/soudan-deplaces";
        assertThat(inbox.link.message.getText()).startsWith("Read " + finalUrl);
        assertThat(inbox.form.title.getValue()).isEqualTo("Soudan : plus de 4 millions de déplacés depuis le début de la guerre");
        assertThat(inbox.form.publisher.getValue().id()).isEqualTo(publisher.id());
        assertThat(inbox.form.publishedAt.getValue()).isEqualTo(LocalDateTime.of(2023, 8, 22, 11, 30));
        assertThat(inbox.form.language.getValue()).isEqualTo("fr");
        assertThat(inbox.form.url.getValue()).isEqualTo(finalUrl);
        assertThat(inbox.form.text.getValue()).startsWith("Plus de quatre millions de personnes ont dû fuir")
                .contains("quelque 380 000 réfugiés soudanais").doesNotContain("Abonnez-vous", "Lire aussi");

        test(inbox.extract).click();
        assertThat(inbox.assertions.drafts()).extracting(a -> a.quote()).contains("Plus de quatre millions",
                "au moins 5 000", "quelque 380 000");
        test(inbox.save).click();

        assertThat(getCurrentView()).isInstanceOf(ReportView.class);
        var report = jdbc.queryForMap("select id, publisher_id, url, archive_id from report where url = ?", finalUrl);
        assertThat(report.get("publisher_id")).isEqualTo(publisher.id());
        long copy = (Long) report.get("archive_id");
        var summary = archive.summary(copy).orElseThrow();
        assertThat(summary.requestedUrl()).isEqualTo(site.url(domain, "/s/4"));
        assertThat(summary.targetUrl()).isEqualTo(finalUrl);
        assertThat(summary.payloadSha256()).isEqualTo(sha256(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(archive.payload(copy).orElseThrow().body()).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
        List<String> records = new ArrayList<>();
        try (WarcReader warc = new WarcReader(new ByteArrayInputStream(archive.warc(copy).orElseThrow()))) {
            for (WarcRecord record : warc) {
                records.add(record.type() + (record instanceof WarcResponse r ? " " + r.http().status() + " " + r.target() : ""));
            }
        }
        assertThat(records).containsExactly("warcinfo", "request", "response 302 " + site.url(domain, "/s/4"), "request",
                "response 200 " + finalUrl);
        ArchiveLine line = $(ArchiveLine.class).single();
        assertThat(line.view.getHref()).isEqualTo("archive/" + copy);
        assertThat(line.download.getHref()).isEqualTo("/api/v1/archives/" + copy + "/warc");
    }

    @Test
    void aLinkToAPrivateAddressIsRefusedWithItsReasonAndNothingIsStored() {
        fixtures.publicOnly();
        site.page("/note", "text/html", "<p>Interne : 12 morts.</p>");
        long reports = count("report");
        long copies = count("archived_copy");
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.link.address).setValue(site.url("127.0.0.1", "/note"));
        test(inbox.link.read).click();

        assertThat(inbox.link.message.getText()).startsWith("127.0.0.1 is a private, loopback or link-local address");
        assertThat(inbox.form.text.getValue()).isEmpty();
        assertThat(site.requests()).isEmpty();
        assertThat(count("report")).isEqualTo(reports);
        assertThat(count("archived_copy")).isEqualTo(copies);
    }

    @Test
    void aMissingPageSaysItsStatusInFrench() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.link.address).setValue(site.url("wire.test", "/introuvable"));
        test(inbox.link.read).click();

        assertThat(inbox.link.message.getText())
                .isEqualTo("La page n'a pas pu être récupérée\u00a0: le serveur a répondu 404 Not Found.");
    }

    @Test
    void aPageOfADomainNoSourceHasLeavesThePublisherToChooseAndSaysSo() {
        site.page("/a", "text/html", LinkFixtures.savedPage("09-en-government-valencia-floods"));
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.link.address).setValue(site.url("unknown-ministry.test", "/a"));
        test(inbox.link.read).click();

        assertThat(inbox.form.publisher.getValue()).isNull();
        assertThat(inbox.link.message.getText()).contains("No source has the domain unknown-ministry.test yet")
                .contains("The page names its publisher \"Iberia Today\".");
        assertThat(inbox.form.text.getValue()).contains("The number of people killed by flash floods");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
