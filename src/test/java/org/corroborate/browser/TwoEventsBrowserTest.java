package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.corroborate.demo.DemoScenario;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Report;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser, two stories of different events on the same days: the Idlib seed story and floods in Mozambique
 * ("at least 42 dead"). Neither's figure panel lists the other's values, and the panel says where and when each
 * figure counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoEventsBrowserTest {

    private static final String FLOODS = "Floods in Mozambique: rescuers search for survivors in Beira.\n\n"
            + "Since Sunday, the floods have left at least 42 dead in Beira, according to the United Nations.";
    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    @Autowired
    SystemAuthentication system;

    @Test
    void neitherStorysFigurePanelListsTheOtherEventsValues() {
        String title = "Floods in Beira " + UUID.randomUUID();
        system.run(() -> {
            for (String[] r : List.of(new String[] {"2019-12-25T09:00:00Z", "At least 42 dead in Beira floods",
                    "At least 42 people are dead in Beira after the floods, the United Nations said."},
                    new String[] {"2019-12-26T07:00:00Z", "Beira floods toll rises to 57",
                            "The toll of the floods in Beira has risen to 57 dead, the United Nations said."})) {
                Report report = new Report("beira-" + UUID.randomUUID(), sources.findByKey("ap").orElseThrow(),
                        Instant.parse(r[0]), "en", null, r[1], r[2]);
                String quote = r[2].contains("42") ? "At least 42 people" : "57 dead";
                report.state(quote, r[2].indexOf(quote), sources.findByKey("un").orElseThrow(), List.of(),
                        r[2].contains("42") ? Quantity.of(Qualifier.AT_LEAST, new BigDecimal("42"), null, null)
                                : Quantity.of(Qualifier.EXACT, new BigDecimal("57"), new BigDecimal("57"), null),
                        new Measure(QuantityKind.DEATHS, "dead", null, null));
                reports.add(report);
            }
            long storyId = stories.create(title, "en", FLOODS);
            stories.datePublication(storyId, Instant.parse("2019-12-26T18:00:00Z"));
            figures.anchor(storyId, FLOODS, FLOODS.indexOf("at least 42 dead"), "at least 42 dead",
                    Quantity.of(Qualifier.AT_LEAST, new BigDecimal("42"), null, null),
                    new Measure(QuantityKind.DEATHS, "dead", null, "since Sunday"), sources.findByKey("un").orElseThrow());
        });
        Page page = browser.newPage();
        BrowserSession.logIn(page, "http://localhost:" + port, "factchecker", "factchecker-demo");

        page.getByText(title).first().click();
        page.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText("at least 42 dead")).click();
        Locator panel = page.locator(".figure-panel");
        assertThat(panel.locator(".figure-scope")).containsText("Beira");
        assertThat(panel.locator(".ledger-table")).containsText("57");
        for (String syrian : List.of("170", "370", "260", "OSDH", "SOHR")) {
            assertThat(panel.locator(".ledger-table")).not().containsText(syrian);
            assertThat(panel.locator("[data-section=suggestions]")).not().containsText(syrian);
        }
        assertThat(page.locator(".story-scope")).containsText("Beira");
        panel.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "floods-panel.png")));

        page.navigate("http://localhost:" + port + "/");
        page.getByText(DemoScenario.SEED_TITLE).first().click();
        page.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText("environ 260 morts")).click();
        assertThat(panel.locator(".figure-scope")).containsText("Idlib");
        assertThat(panel.locator(".ledger-table")).containsText("170");
        assertThat(panel.locator(".ledger-table")).not().containsText("57");
        assertThat(panel.locator("[data-section=suggestions]")).not().containsText("Beira");
        panel.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "idlib-panel.png")));
        page.context().close();
    }

    /**
     * At 1366×768 in both languages: a shelling story in Kharkiv quoting Moscow and Kyiv shows Kharkiv as its event, not
     * the capitals; the seed story's event is Idlib province alone; the Places view names places in the interface's
     * language. Screenshots under target/screenshots/scope-*.png.
     */
    @Test
    void theEventBarShowsWhatTheFiguresAreAboutInTheInterfacesLanguage() {
        String text = "Au moins 12 personnes ont été tuées mardi à Kharkiv par des frappes russes, selon le gouverneur "
                + "régional. Moscou affirme avoir visé des cibles militaires ; Kiev dénonce un crime de guerre.\n\n"
                + "À Kharkiv, 300 personnes ont passé la nuit dans le métro, a déclaré à Kiev un porte-parole.";
        String title = "Frappes sur Kharkiv " + UUID.randomUUID().toString().substring(0, 6);
        long id = system.call(() -> {
            long storyId = stories.create(title, "fr", text);
            stories.datePublication(storyId, Instant.parse("2024-05-21T18:00:00Z"));
            figures.anchor(storyId, text, text.indexOf("Au moins 12 personnes"), "Au moins 12 personnes",
                    Quantity.of(Qualifier.AT_LEAST, new BigDecimal("12"), null, null),
                    new Measure(QuantityKind.DEATHS, "personnes", null, null), null);
            figures.anchor(storyId, text, text.indexOf("300 personnes"), "300 personnes",
                    Quantity.of(Qualifier.EXACT, new BigDecimal("300"), new BigDecimal("300"), null),
                    new Measure(QuantityKind.PEOPLE, "personnes", null, null), null);
            return storyId;
        });
        long seed = system.call(() -> stories.findByTitle(DemoScenario.SEED_TITLE).orElseThrow());
        for (String language : List.of("fr-FR", "en-GB")) {
            boolean french = language.startsWith("fr");
            Page page = browser.newPage(language, 1366, 768);
            BrowserSession.logIn(page, "http://localhost:" + port, "factchecker", "factchecker-demo");
            // straight to the story: the list may not show a story among hundreds made by other tests
            page.navigate("http://localhost:" + port + "/story/" + id);
            Locator bar = page.locator(".story-scope");
            assertThat(bar).containsText("Kharkiv, Ukraine");
            assertThat(bar).not().containsText(french ? "Moscou" : "Moscow");
            assertThat(bar).not().containsText(french ? "Kiev" : "Kyiv");
            page.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText("300 personnes")).click();
            assertThat(page.locator(".figure-panel .figure-scope")).containsText("Kharkiv, Ukraine");
            page.screenshot(new Page.ScreenshotOptions().setPath(
                    Path.of("target", "screenshots", "scope-kharkiv-" + language + ".png")));

            page.navigate("http://localhost:" + port + "/story/" + seed);
            assertThat(bar).containsText(french ? "province d'Idleb, Syrie" : "Idlib province, Syria");
            for (String capital : french ? List.of("Ankara", "Damas") : List.of("Ankara", "Damascus")) {
                assertThat(bar).not().containsText(capital);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(
                    Path.of("target", "screenshots", "scope-seed-" + language + ".png")));

            page.navigate("http://localhost:" + port + "/places");
            page.locator(".place-list vaadin-text-field input").fill(french ? "Damas" : "Damascus");
            assertThat(page.locator(".place-list vaadin-grid")).containsText(french ? "Damas" : "Damascus");
            assertThat(page.locator(".place-list vaadin-grid")).containsText(french ? "Syrie" : "Syria");
            page.locator(".place-list vaadin-text-field input").fill("");
            page.screenshot(new Page.ScreenshotOptions().setPath(
                    Path.of("target", "screenshots", "scope-places-" + language + ".png")));
            page.context().close();
        }
    }
}
