package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.corroborate.demo.DemoScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser: the demo fact-checker logs in, opens the seed story and sees its figures marked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedStoryBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Test
    void theFactCheckerOpensTheSeedStoryAndSeesItsFiguresHighlighted() {
        Page page = browser.newPage();
        BrowserSession.logIn(page, "http://localhost:" + port, "factchecker", "factchecker-demo");

        page.getByText(DemoScenario.SEED_TITLE).first().click();

        Locator km2 = page.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText("320 km2"));
        assertThat(km2).isVisible();
        assertThat(page.locator(".highlighted-text .mark")).hasCount(9);
        km2.click();
        assertThat(km2).hasClass(java.util.regex.Pattern.compile("selected"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "seed-story.png"))
                .setFullPage(true));
        page.context().close();
    }

    @Test
    void theFigurePanelShowsTheContestedShareWithItsEvidenceAndTimeline() {
        Page page = browser.newPage();
        BrowserSession.logIn(page, "http://localhost:" + port, "factchecker", "factchecker-demo");
        page.getByText(DemoScenario.SEED_TITLE).first().click();

        Locator share = page.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText("plus de 70%"));
        assertThat(share).hasClass(java.util.regex.Pattern.compile("status-contested"));
        share.click();

        Locator panel = page.locator(".figure-panel");
        assertThat(panel.locator(".status-badge").first()).hasText("contested");
        assertThat(panel.locator(".evidence-list")).containsText("près de 70%");
        assertThat(panel.locator(".timeline-chart")).isVisible();
        panel.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "figure-panel.png")));
        page.context().close();
    }
}
