package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.corroborate.demo.DemoScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people at once, in a real browser: the editor has a figure's panel open; the fact-checker links
 * evidence to it (through the API, as another tool would); the editor's page shows the new evidence without
 * reloading, pushed after the commit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveUpdateBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void evidenceLinkedBySomeoneElseAppearsInTheOpenPanelWithoutReloading() throws Exception {
        String base = "http://localhost:" + port;
        long figureId = jdbc.queryForObject("""
                select f.id from figure f join story s on s.id = f.story_id
                where s.title = ? and f.quote = '15 à 20 kilomètres'""", Long.class, DemoScenario.SEED_TITLE);
        long assertionId = jdbc.queryForObject("select id from assertion where quote = 'moins de 20 kilomètres'",
                Long.class);
        Page editor = browser.newPage();
        BrowserSession.logIn(editor, base, "editor", "editor-demo");
        editor.getByText(DemoScenario.SEED_TITLE).first().click();
        editor.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText("15 à 20 kilomètres")).click();
        Locator evidence = editor.locator(".figure-panel .evidence-list");
        assertThat(evidence).not().containsText("moins de 20 kilomètres");

        HttpResponse<String> linked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/figures/" + figureId + "/evidence"))
                .header("Authorization", "Bearer demo-fact-checker-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"assertionId\": " + assertionId + ", \"relation\": \"context\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(linked.statusCode()).isBetween(200, 299);
        assertThat(evidence).containsText("moins de 20 kilomètres",
                new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
        editor.context().close();
    }
}
