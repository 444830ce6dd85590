package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.demo.DemoScenario;
import org.corroborate.review.Decision;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review of one figure with the keyboard only, in a real Chromium at 1366×768: the fact-checker opens the seed
 * story, reaches a figure's mark with Tab (the mark is a button named by its value and status), opens its panel with
 * Enter (another with Space), moves to a figure with suggested reports ("j"), links one as support with Tab and
 * Enter and finds its Unlink button with Tab; the editor (four eyes) reaches the same mark, opens it and approves the
 * figure with Tab and Space, confirming with the keyboard when asked. No mouse click anywhere. Runs on a database of its own: it approves a figure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "corroborate.test.isolated=keyboard-review")
class KeyboardReviewBrowserTest {

    /** The element that has the keyboard focus, through shadow roots; described for the test's checks. */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e) return null;
              const host = e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null;
              const el = host && !e.classList.contains('mark') ? host : e;
              return { tag: el.tagName.toLowerCase(), cls: String(el.className || ''), role: el.getAttribute('role') || '',
                       label: el.getAttribute('aria-label') || '', text: (el.textContent || '').trim().slice(0, 80),
                       section: (el.closest('[data-section]') || {dataset: {}}).dataset.section || '' };
            }""";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void longerAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @Test
    void theEditorReviewsAFigureWithTheKeyboardOnly() {
        long seed = system.call(() -> stories.findByTitle(DemoScenario.SEED_TITLE).orElseThrow());
        system.run(() -> review.submitForReview(seed));
        Page page = browser.newPage("en-GB", 1366, 768);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        BrowserSession.logIn(page, "http://localhost:" + port, "factchecker", "factchecker-demo");
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/story/" + seed);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".figure-list")).isVisible();

        // Every figure's mark is a button named by its value and how it stands.
        Locator marks = page.locator(".highlighted-text .mark:not(.suggestion)");
        assertThat(marks).hasCount(9);
        for (Locator mark : marks.all()) {
            assertThat(mark).hasAttribute("role", "button");
            assertThat(mark).hasAttribute("tabindex", "0");
            assertThat(mark).hasAttribute("aria-label", java.util.regex.Pattern.compile(
                    "^Figure .+, (single source|corroborated|contested|unsupported|superseded)$"));
        }

        // Tab to the mark of "320 km2", Enter opens its panel.
        Map<String, Object> mark = tabUntil(page, f -> isMark(f) && text(f).contains("320 km2"), 150);
        assertThat((String) mark.get("label")).startsWith("Figure 320 km2");
        page.keyboard().press("Enter");
        Locator panel = page.locator(".figure-panel");
        assertThat(panel.locator("[data-section=figure] h3")).containsText("320 km2");

        // Space on another mark opens that one: Tab on to "environ 260 morts" and press Space.
        tabUntil(page, f -> isMark(f) && text(f).contains("environ 260 morts"), 40);
        page.keyboard().press(" ");
        assertThat(panel.locator("[data-section=figure] h3")).containsText("environ 260 morts");
        // ... and Enter again on the first one (Shift+Tab back to it).
        shiftTabUntil(page, f -> isMark(f) && text(f).contains("320 km2"), 40);
        page.keyboard().press("Enter");
        assertThat(panel.locator("[data-section=figure] h3")).containsText("320 km2");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "keyboard-1-opened.png")));

        // "j" (next figure) until a figure has reports suggested as evidence.
        Locator supportButtons = panel.locator("[data-section=suggestions] .link-supports");
        for (int i = 0; i < 9 && supportButtons.count() == 0; i++) {
            String before = panel.locator("[data-section=figure] h3").textContent();
            page.keyboard().press("j");
            page.waitForCondition(() -> !panel.locator("[data-section=figure] h3").textContent().equals(before));
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        assertThat(supportButtons.first()).isAttached();
        String quote = panel.locator("[data-section=figure] h3").textContent().replaceAll("^[«“]\\s*|\\s*[»”]$", "");

        // Tab into the panel, to a suggested report's "Supports" button: Enter links it.
        Locator evidence = panel.locator("[data-section=evidence] .evidence-item");
        int linkedBefore = evidence.count();
        Map<String, Object> supports = tabUntil(page, f -> "suggestions".equals(f.get("section"))
                && className(f).contains("link-supports"), 200);
        assertThat((String) supports.get("label")).startsWith("Supports");
        page.keyboard().press("Enter");
        assertThat(evidence).hasCount(linkedBefore + 1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(evidence.locator(".relation", new Locator.LocatorOptions().setHasText("supports")).first()).isVisible();

        // The Unlink button of a linked report is reachable with Tab as well (Shift+Tab back from the suggestions).
        Map<String, Object> unlink = shiftTabUntil(page, f -> "evidence".equals(f.get("section"))
                && className(f).contains("unlink"), 200);
        assertThat((String) unlink.get("label")).startsWith("Unlink");

        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "keyboard-2-linked.png")));
        assertThat(errors).as("errors in the fact-checker's page").isEmpty();
        page.context().close();

        // Four eyes: the editor approves. Tab to the figure's mark, Enter, Tab on to Approve, Space; a weak figure
        // asks first, confirmed with the keyboard.
        Page editor = browser.newPage("en-GB", 1366, 768);
        editor.onPageError(errors::add);
        BrowserSession.logIn(editor, "http://localhost:" + port, "editor", "editor-demo");
        editor.setDefaultTimeout(60_000);
        editor.navigate("http://localhost:" + port + "/story/" + seed);
        editor.waitForLoadState(LoadState.NETWORKIDLE);
        tabUntil(editor, f -> isMark(f) && text(f).contains(quote), 150);
        editor.keyboard().press("Enter");
        Locator editorsPanel = editor.locator(".figure-panel");
        assertThat(editorsPanel.locator("[data-section=figure] h3")).containsText(quote);
        tabUntil(editor, f -> "vaadin-button".equals(f.get("tag")) && text(f).equals("Approve"), 200);
        editor.keyboard().press(" ");
        Locator confirm = editor.locator("vaadin-confirm-dialog-overlay[opened], vaadin-confirm-dialog[opened]");
        editor.waitForCondition(() -> confirm.count() > 0 || Decision.APPROVED.equals(decision(seed, quote)));
        if (confirm.count() > 0) {
            tabUntil(editor, f -> "vaadin-button".equals(f.get("tag")) && text(f).startsWith("Approve all the same"), 10);
            editor.keyboard().press("Enter");
        }
        editor.waitForCondition(() -> Decision.APPROVED.equals(decision(seed, quote)));
        assertThat(editorsPanel.locator(".figure-review")).containsText("Approved");
        editor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "keyboard-3-approved.png")));
        page = editor;
        assertThat(errors).as("errors in the page").isEmpty();
        page.context().close();
    }

    private Decision decision(long seed, String quote) {
        long figure = jdbc.queryForObject("select f.id from figure f where f.story_id = ? and f.quote = ?",
                Long.class, seed, quote);
        return system.call(() -> review.figureReview(figure).decision());
    }

    private static boolean isMark(Map<String, Object> focused) {
        return java.util.Arrays.asList(className(focused).split(" ")).contains("mark");
    }

    private static String className(Map<String, Object> focused) {
        return (String) focused.get("cls");
    }

    private static String text(Map<String, Object> focused) {
        return (String) focused.get("text");
    }

    private static Map<String, Object> tabUntil(Page page, java.util.function.Predicate<Map<String, Object>> wanted,
            int most) {
        return pressUntil(page, "Tab", wanted, most);
    }

    private static Map<String, Object> shiftTabUntil(Page page,
            java.util.function.Predicate<Map<String, Object>> wanted, int most) {
        return pressUntil(page, "Shift+Tab", wanted, most);
    }

    /** Presses a key until the focused element is the one wanted; fails, listing where the focus went, if it never is. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> pressUntil(Page page, String key,
            java.util.function.Predicate<Map<String, Object>> wanted, int most) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            page.keyboard().press(key);
            Map<String, Object> focused = (Map<String, Object>) page.evaluate(FOCUSED);
            if (focused != null && wanted.test(focused)) {
                return focused;
            }
            if (path.size() < 60) path.add(focused == null ? "-" : focused.get("tag") + "." + focused.get("cls") + "[" + focused.get("text") + "]");
        }
        throw new AssertionError("Not reached with " + key + " in " + most + " presses; the focus went: " + path);
    }
}
