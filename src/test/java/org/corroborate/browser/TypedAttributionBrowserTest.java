package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.UUID;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real Chromium, in both languages: a name typed into "Attributed to" that no registered source has stays in
 * the form (said under the field), is saved as the figure's attribution in words, and the figure's panel offers to
 * register it. The combo box used to forget it when the field lost the focus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypedAttributionBrowserTest {

    private static final String TEXT = "Au moins 42 civils ont été tués lundi dans le bombardement d'un marché de "
            + "Maaret al-Noomane. Les secours disent avoir évacué 300 familles vers la frontière turque.";
    private static final String NAME = "Comité de coordination de Maaret al-Noomane";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void longerAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void aTypedNameNoSourceHasIsKeptAndOfferedForRegistration(String locale) {
        String lang = locale.substring(0, 2);
        String title = "Maaret al-Noomane " + UUID.randomUUID();
        long storyId = system.call(() -> stories.create(title, "fr", TEXT));
        Page page = browser.newPage(locale, 1366, 768);
        page.setDefaultTimeout(60_000);
        BrowserSession.logIn(page, "http://localhost:" + port, "factchecker", "factchecker-demo");
        page.navigate("http://localhost:" + port + "/story/" + storyId);
        assertThat(page.locator(".highlighted-text p")).hasCount(1);
        page.evaluate("""
                () => {
                  const p = document.querySelector('.highlighted-text p');
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                    const at = t.data.indexOf('évacué');
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(t, at);
                      range.setEnd(t, at + 'évacué'.length);
                      window.getSelection().removeAllRanges();
                      window.getSelection().addRange(range);
                      return;
                    }
                  }
                }""");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText(lang.equals("fr") ? "Ajouter un chiffre" : "Add figure")).click();
        Locator overlay = page.locator("vaadin-dialog-overlay[opened]");
        assertThat(overlay).isVisible();
        // the dialog's fields are its own light DOM (shown through the overlay), not the overlay's
        Locator dialog = page.locator("vaadin-dialog");
        // a number for the figure, then the name typed into "Attributed to" and the field left with Tab
        dialog.locator("vaadin-big-decimal-field input").first().fill("300");
        Locator attributed = dialog.locator("vaadin-combo-box", new Locator.LocatorOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(lang.equals("fr") ? "Attribué à" : "Attributed to"))));
        attributed.locator("input").fill(NAME);
        attributed.locator("input").press("Tab");
        assertThat(attributed.locator("[slot=helper]")).containsText(NAME);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "typed-attribution-" + lang + "-1.png")));
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText(lang.equals("fr") ? "Enregistrer le chiffre" : "Save figure")).click();
        assertThat(overlay).isHidden();

        assertThat(jdbc.queryForObject("select f.attribution_mention from figure f join story s on s.id = f.story_id"
                + " where s.title = ?", String.class, title)).isEqualTo(NAME);
        page.locator(".highlighted-text .mark:not(.suggestion)").first().click();
        assertThat(page.locator(".figure-panel .unregistered-attribution")).containsText(NAME);
        assertThat(page.locator(".figure-panel a.register-source")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "typed-attribution-" + lang + "-2.png")));
        page.context().close();
    }
}
