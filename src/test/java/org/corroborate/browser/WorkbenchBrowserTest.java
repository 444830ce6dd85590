package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.demo.DemoScenario;
import org.corroborate.evidence.ui.FigurePanel;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The story workbench on a 1366×768 screen, in both languages: the text, the figure list and the selected figure's
 * panel are on screen together without scrolling the page, and the panel's sections keep their order whichever
 * figure was opened before (from the second figure on, they used to scramble).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void threeFiguresInARowShowTheirPanelBesideTheTextWithItsSectionsInOrder(String locale) {
        long seed = system.call(() -> stories.findByTitle(DemoScenario.SEED_TITLE).orElseThrow());
        Page page = browser.newPage(locale, 1366, 768);
        BrowserSession.logIn(page, "http://localhost:" + port, "editor", "editor-demo");
        page.setDefaultTimeout(90_000);
        page.navigate("http://localhost:" + port + "/story/" + seed);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".figure-list")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        String lang = locale.substring(0, 2);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator(".story-lists vaadin-tab").first()).hasText(lang.equals("fr") ? "Chiffres (9)" : "Figures (9)");

        int n = 0;
        for (String words : List.of("320 km2", "plus de 70%", "environ 260 morts")) {
            Locator mark = page.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText(words)).first();
            mark.click();
            Locator panel = page.locator(".figure-panel");
            assertThat(panel.locator("[data-section=figure] h3")).containsText(words,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            assertThat(panel.locator(".figure-review")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);

            assertThat(sectionOrder(panel)).as("sections after opening %s", words).isEqualTo(FigurePanel.SECTIONS);
            assertSectionsStackInOrder(panel);

            // Everything on one screen: the page does not scroll, the text, the list and the panel are in view.
            assertThat((Boolean) page.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight + 1"))
                    .as("the page itself does not scroll").isTrue();
            assertInViewport(page, mark, "the figure's mark");
            assertInViewport(page, page.locator(".figure-list"), "the figure list");
            assertInViewport(page, panel.locator("[data-section=figure]"), "the panel's head");
            assertInViewport(page, panel.locator("[data-section=standing]"), "the figure's standing");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "workbench-" + lang + "-" + (++n) + ".png")));
        }
        page.context().close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> sectionOrder(Locator panel) {
        return (List<String>) panel.locator(":scope > .panel-section").evaluateAll("els => els.map(e => e.dataset.section)");
    }

    /** Each shown section starts below the one before it: the order on screen is the order in the page. */
    private static void assertSectionsStackInOrder(Locator panel) {
        double previousBottom = -1;
        String previous = "";
        for (String section : FigurePanel.SECTIONS) {
            Locator s = panel.locator(":scope > [data-section=" + section + "]");
            BoundingBox box = s.boundingBox();
            if (box == null || box.height == 0) {
                continue;
            }
            assertThat(box.y).as("%s starts below %s", section, previous).isGreaterThanOrEqualTo(previousBottom - 1);
            previousBottom = box.y + box.height;
            previous = section;
        }
    }

    private static void assertInViewport(Page page, Locator element, String what) {
        BoundingBox box = element.boundingBox();
        assertThat(box).as(what).isNotNull();
        assertThat(box.y).as(what + " top").isBetween(0.0, 768.0 - 20);
        assertThat(box.x).as(what + " left").isBetween(0.0, 1366.0 - 20);
        assertThat(box.x + Math.min(box.width, 40)).as(what + " right").isLessThanOrEqualTo(1366.0);
    }
}
