package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.corroborate.figure.FigureRow;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser: the fact-checker selects words across plain text and a suggestion and adds them as a figure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FigureSelectionBrowserTest {

    private static final String TEXT = "Idleb, mardi.\n\nEn cinq jours, les combats ont fait environ 260 morts, selon "
            + "l'OSDH. L'armée syrienne a affirmé avoir repris 320 km2.";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Test
    void selectedWordsInTheSecondParagraphBecomeAFigureAtTheirOffsetsInTheStory() {
        long storyId = system.call(() -> stories.create("Selection " + UUID.randomUUID(), "fr", TEXT));
        Page page = browser.newPage();
        BrowserSession.logIn(page, "http://localhost:" + port, "factchecker", "factchecker-demo");
        page.navigate("http://localhost:" + port + "/story/" + storyId);
        // The first page of a fresh browser context can take a while on a busy machine.
        assertThat(page.locator(".highlighted-text .mark.suggestion")).hasCount(2,
                new LocatorAssertions.HasCountOptions().setTimeout(30_000));

        page.evaluate("""
                () => {
                  const p = document.querySelectorAll('.highlighted-text p')[1];
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                  const nodes = [];
                  for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t);
                  const from = nodes.find(n => n.data.includes('repris'));
                  const to = nodes.find(n => n.data.includes('320 km2'));
                  const range = document.createRange();
                  range.setStart(from, from.data.indexOf('repris'));
                  range.setEnd(to, to.data.indexOf('320 km2') + '320 km2'.length);
                  const selection = window.getSelection();
                  selection.removeAllRanges();
                  selection.addRange(range);
                }
                """);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Add figure")).click();
        assertThat(page.getByText("“repris 320 km2”")).isVisible();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save figure")).click();

        assertThat(page.locator(".highlighted-text .mark", new Page.LocatorOptions().setHasText("repris 320 km2")))
                .isVisible();
        FigureRow figure = system.call(() -> stories.details(storyId).orElseThrow().figures().getFirst());
        assertThat(figure.start()).isEqualTo(TEXT.indexOf("repris 320 km2"));
        assertThat(figure.quote()).isEqualTo("repris 320 km2");
        assertThat(figure.low()).isEqualByComparingTo("320");
        page.context().close();
    }
}
